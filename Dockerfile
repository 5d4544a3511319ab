# One image for the backend, the action server and Rasa (they share the code and the lock file).
# The chat widget (rasa-webchat, served by the backend) comes from npm in a build stage: the
# build context holds no node_modules/ (.dockerignore), nor any local database or secret.
FROM node:20-slim AS widget
WORKDIR /w
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --omit=dev

FROM python:3.10-slim
WORKDIR /app
ENV PYTHONUNBUFFERED=1 RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2
COPY requirements.lock pyproject.toml README.md ./
RUN pip install --no-cache-dir -r requirements.lock
COPY . .
COPY --from=widget /w/node_modules/rasa-webchat/lib /app/node_modules/rasa-webchat/lib
RUN pip install --no-cache-dir --no-deps -e . && rasa train --num-threads 2
EXPOSE 8080 5055 5005
CMD ["python", "-m", "bot", "run"]
