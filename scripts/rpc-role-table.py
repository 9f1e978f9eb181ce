#!/usr/bin/env python3
"""Prints the RPC x role table of docs/security.md from server/auth/rpc_policy.cpp.

tests/unit/server/security_doc_test.cpp checks the table in the doc cell by cell against
the rules; after adding a rule, paste this script's output over the table.
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
ROLES = ["kTechnician", "kDispatcher", "kCallbackAgent", "kManager", "kAdmin"]

source = (ROOT / "server/auth/rpc_policy.cpp").read_text()
print("| RPC | technician | dispatcher | callback_agent | manager | admin |")
print("|---|---|---|---|---|---|")
for m in re.finditer(r'\{"([A-Za-z]+/[A-Za-z]+)",\s*\{([^}]*)\}\}', source):
    cells = ["yes" if f"R::{r}" in m.group(2) else "no" for r in ROLES]
    print(f"| {m.group(1)} | " + " | ".join(cells) + " |")
