"""The production topology files hold together: docker-compose.yml parses, has the services
the README promises, gives every Rasa process the variables endpoints.yml needs, and the
load balancers point at services that exist. (No Docker engine on these machines: the
structure is checked here, `docker compose config` does the rest where Docker runs.)"""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _endpoint_vars() -> set:
    """${VAR} references of endpoints.yml, comments left out."""
    lines = [line.split("#", 1)[0] for line in (ROOT / "endpoints.yml").read_text().splitlines()]
    return set(re.findall(r"\$\{(\w+)\}", "\n".join(lines)))


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_the_topology():
    services = _compose()["services"]
    for name in ("postgres", "redis", "backend", "rasa-1", "rasa-2", "rasa-lb", "actions-1", "actions-2", "actions-lb"):
        assert name in services, name
    assert services["redis"]["image"].startswith("redis")
    assert services["postgres"]["image"].startswith("postgres")


def test_every_variable_of_endpoints_yml_is_set_for_rasa():
    needed = _endpoint_vars()
    assert {"ACTION_SERVER_URL", "TRACKER_STORE_URL", "LOCK_STORE_TYPE"} <= needed
    services = _compose()["services"]
    for name in ("rasa-1", "rasa-2"):
        env = services[name]["environment"]
        missing = needed - set(env)
        assert not missing, f"{name} lacks {missing}"
        assert env["LOCK_STORE_TYPE"] == "bot.rasa_ext.lock_store.AtomicRedisLockStore"
        assert env["TRACKER_STORE_URL"].startswith("postgresql://")


def test_load_balancers_point_at_existing_services():
    services = _compose()["services"]
    for conf in ("nginx-rasa.conf", "nginx-actions.conf"):
        text = (ROOT / "deploy" / conf).read_text()
        for host in re.findall(r"server ([\w-]+):\d+;", text):
            assert host in services, f"{conf} points at unknown service {host}"
    assert "ip_hash" in (ROOT / "deploy" / "nginx-rasa.conf").read_text()  # one customer, one instance


def test_launcher_sets_every_variable_of_endpoints_yml():
    needed = _endpoint_vars()
    launcher = (ROOT / "bot" / "launcher.py").read_text()
    for var in needed:
        assert f'"{var}"' in launcher, f"make run does not set {var}"


# ---------------------------------------------------------------- issue 15, items 3 and 17

SECRET_VARS = ("POSTGRES_PASSWORD", "SUPPORT_SERVICE_TOKEN", "AGENT_TOKEN", "SESSION_SIGNING_KEY", "RASA_TOKEN",
               "ACTION_SERVER_TOKEN")


def _compose_text() -> str:
    return (ROOT / "docker-compose.yml").read_text()


def test_compose_ships_no_demo():
    """Item 3: production runs without demo tools, seeding or any default password."""
    services = _compose()["services"]
    text = _compose_text()
    for needle in ("M2M_DEMO", "DEMO_KEY", "demo.m2m", "Demo-2FA", "Agent-2FA"):
        assert needle not in text, needle
    for name, service in services.items():
        assert "seed" not in " ".join(map(str, service.get("command", []))), name
    for name in ("backend", "actions-1", "rasa-1"):
        env = services[name]["environment"]
        assert env["M2M_ENV"] == "production", name
        assert env["SMS_BACKEND"] == "twilio" and env["EMAIL_BACKEND"] == "smtp", name
    assert services["backend"]["command"] == ["python", "-m", "bot", "run"]


def test_compose_takes_every_secret_from_the_environment():
    """`${VAR:?message}`: docker compose stops with the message when a secret is missing."""
    text = _compose_text()
    for var in SECRET_VARS:
        uses = re.findall(r"\$\{" + var + r"([^}]*)\}", text)
        assert uses and all(u.startswith(":?") for u in uses), (var, uses)
    assert not re.search(r"\$\{\w+:-[^}]+\}", text.replace("${SMTP_PORT:-587}", "")), "a default value for a secret?"


def test_compose_publishes_on_loopback_only():
    services = _compose()["services"]
    published = {name: s["ports"] for name, s in services.items() if "ports" in s}
    assert set(published) == {"backend", "rasa-lb"}
    for name, ports in published.items():
        assert all(str(p).startswith("127.0.0.1:") for p in ports), (name, ports)


def test_rasa_gets_its_token_without_the_command_line():
    for name in ("rasa-1", "rasa-2"):
        command = _compose()["services"][name]["command"]
        assert command[:3] == ["python", "-m", "bot.rasa_server"] and "--auth-token" not in " ".join(command)
    assert "--auth-token" not in (ROOT / "bot" / "launcher.py").read_text()


def test_dockerignore_keeps_local_state_and_secrets_out_of_the_image():
    """Item 17: the build context never carries databases, secrets, environments or outputs."""
    entries = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    for entry in ("var/", ".venv/", ".git/", "node_modules/", "models/", "results/", "bench/out/", "*.db",
                  "secrets.json", ".env"):
        assert entry in entries, entry
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "rasa train" in dockerfile  # models/ is ignored because the image trains its own
    assert "npm ci" in dockerfile  # node_modules/ is ignored because the image installs the widget


def test_nginx_caps_request_bodies():
    for conf in ("nginx-rasa.conf", "nginx-actions.conf"):
        assert re.search(r"client_max_body_size \d+[km];", (ROOT / "deploy" / conf).read_text()), conf


def test_the_package_carries_every_data_file_of_bot():
    """The files bot/ reads beside its code (the OpenAPI document, the answers' catalogue, the
    pages, the migrations' configuration) are listed in pyproject's package-data: a wheel or an
    sdist built without them installs a backend that cannot start its pages or serve its API."""
    import tomli

    config = tomli.loads((ROOT / "pyproject.toml").read_text())
    listed = set()
    for package, patterns in config["tool"]["setuptools"]["package-data"].items():
        base = ROOT / package.replace(".", "/")
        for pattern in patterns:
            listed |= {p for p in base.glob(pattern) if p.is_file()}
    data_files = {
        p for p in (ROOT / "bot").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    }
    assert (ROOT / "bot" / "api" / "openapi.yml") in data_files
    assert not data_files - listed, sorted(str(p.relative_to(ROOT)) for p in data_files - listed)


def test_rasa_answers_browsers_of_the_portal_only():
    """`make run` gives Rasa the portal's origins, never "*" (ninth outsider check, A38: any
    web site could drive chats and handoffs from its visitors' browsers)."""
    from bot.launcher import portal_origins

    assert portal_origins("127.0.0.1", 8080, {}) == ["http://127.0.0.1:8080", "http://localhost:8080"]
    assert portal_origins("0.0.0.0", 8080, {"PUBLIC_URL": "https://portal.example/app/"}) == [
        "http://127.0.0.1:8080", "http://localhost:8080", "https://portal.example"]
    extra = portal_origins("127.0.0.1", 9000, {"RASA_CORS_ORIGINS": "https://a.example/, https://b.example"})
    assert extra[-2:] == ["https://a.example", "https://b.example"] and "*" not in extra
