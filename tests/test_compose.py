"""docker-compose.yml: parsed by the real `docker compose config` (no engine needed) where the docker
client and its compose plugin exist, else skipped; plus a check that needs no Docker at all."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
POM = ROOT / "neo4j" / "pom.xml"
PASSWORD = "a-test-password-1"


def _compose_available() -> bool:
    if shutil.which("docker") is None:
        return False
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True)
    return probe.returncode == 0


needs_compose = pytest.mark.skipif(not _compose_available(), reason="docker compose is not installed here")


def _compose_config(tmp_path: Path, env_lines: str) -> subprocess.CompletedProcess[str]:
    # An env file of our own, so a developer's ./.env (which may hold NEO4J_PASSWORD) does not leak in.
    env_file = tmp_path / "compose.env"
    env_file.write_text(env_lines)
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    return subprocess.run(
        ["docker", "compose", "--env-file", str(env_file), "-f", str(COMPOSE_FILE), "config", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )


@needs_compose
def test_compose_config_pins_neo4j_526_with_ports_volume_and_healthcheck(tmp_path: Path) -> None:
    result = _compose_config(tmp_path, f"NEO4J_PASSWORD={PASSWORD}\n")
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    neo4j = config["services"]["neo4j"]

    assert neo4j["image"] == "neo4j:5.26-community"
    assert neo4j["environment"]["NEO4J_AUTH"] == f"neo4j/{PASSWORD}"
    assert json.loads(neo4j["environment"]["NEO4J_PLUGINS"]) == ["apoc"]

    published = {(int(p["target"]), str(p["published"])) for p in neo4j["ports"]}
    assert published == {(7474, "7474"), (7687, "7687")}

    data_mounts = [v for v in neo4j["volumes"] if v["target"] == "/data"]
    assert len(data_mounts) == 1 and data_mounts[0]["type"] == "volume"
    assert data_mounts[0]["source"] in config["volumes"]

    health = neo4j["healthcheck"]
    assert health["test"][0] == "CMD-SHELL" and "cypher-shell" in health["test"][1]
    assert "RETURN 1" in health["test"][1]


@needs_compose
def test_compose_config_refuses_to_run_without_a_password(tmp_path: Path) -> None:
    result = _compose_config(tmp_path, "")
    assert result.returncode != 0
    assert "set NEO4J_PASSWORD (8+ characters) in the environment or in ./.env" in result.stderr


def test_compose_image_is_the_neo4j_line_that_neo4j_local_runs() -> None:
    """The Docker image and the harness in neo4j/pom.xml must stay on the same major.minor line."""
    image = re.search(r"^\s*image:\s*neo4j:(\d+\.\d+)-community\s*$", COMPOSE_FILE.read_text(), re.MULTILINE)
    assert image is not None, "docker-compose.yml has no neo4j:<major.minor>-community image line"
    namespace = {"m": "http://maven.apache.org/POM/4.0.0"}
    harness_version = ET.parse(POM).getroot().find("m:properties/m:neo4j.version", namespace)
    assert harness_version is not None and harness_version.text
    assert harness_version.text.startswith(image.group(1) + "."), (image.group(1), harness_version.text)
