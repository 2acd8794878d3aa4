#!/usr/bin/env bash
# Prepares a clean Debian machine for `npm test` and `npm run test:host` (called by
# .ci/run). Idempotent: each step is skipped when already done, so a warm machine
# passes through in about a second. Needs only Debian apt and the npm registry:
#   - Debian packages: chromium (the headless workbench, for the host runner through
#     playwright-core and for the end-to-end suite through @playwright/test: both launch
#     /usr/bin/chromium, so no `playwright install` and no browser download), ripgrep
#     (replaces the GitHub download of @vscode/ripgrep), libkrb5-dev + pkg-config
#     (code-server's kerberos build);
#   - the project's node_modules (npm ci);
#   - code-server 4.100.3 in .vscode-test/code-server (scripts/code-server.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium ripgrep libkrb5-dev pkg-config)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) == 0 ]]; then sudo=()
  elif command -v sudo >/dev/null; then sudo=(sudo)
  else
    echo "ci-deps: missing Debian packages: ${missing[*]} (run as root or install them)" >&2
    exit 1
  fi
  echo "ci-deps: apt-get install ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm writes node_modules/.package-lock.json after an install: reinstall only when the
# lock file is newer (or node_modules is missing).
# Playwright's packages download no browser on install; say so, should a later version try.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "ci-deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Silent when code-server is already installed; otherwise a few minutes (native builds).
node scripts/code-server.mjs
