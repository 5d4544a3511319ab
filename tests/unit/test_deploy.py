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
