# One image for the backend, the action server and Rasa (they share the code and the lock file).
FROM python:3.10-slim
WORKDIR /app
ENV PYTHONUNBUFFERED=1 RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2
COPY requirements.lock pyproject.toml README.md ./
RUN pip install --no-cache-dir -r requirements.lock
COPY . .
RUN pip install --no-cache-dir --no-deps -e . && rasa train --num-threads 2
EXPOSE 8080 5055 5005
CMD ["python", "-m", "bot", "run"]
