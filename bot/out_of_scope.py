"""The name of the out-of-scope answer ("I only handle 2FA", with the support line and email).

Shared by the Rasa server (bot/rasa_ext/still_out_of_scope.py: a 2FA answer right after it
first says the earlier question stays support's) and the action server, which does not load
Rasa (actions/codes.py: right after it, "can you resend it?" may be about a password email,
so the resend is asked yes/no first). One name, so that the two can never disagree.
"""

OUT_OF_SCOPE = "utter_out_of_scope"
