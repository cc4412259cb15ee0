#!/bin/sh
# Install what building and testing lockrules needs, on Debian 12, as root.
# Each package is installed only when missing, so a prepared machine pays nothing.
# sparse's library is not packaged: 'make deps' also runs sparse-source.sh,
# which fetches Debian's sparse source package into $LOCKRULES_CACHE.
set -e
CROSS_TRIPLE=${CROSS_TRIPLE:-aarch64-linux-gnu}
need=""
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for p in gcc g++ make python3 dpkg-dev coccinelle gcc-12-plugin-dev gcc-$CROSS_TRIPLE gcc-12-plugin-dev-$CROSS_TRIPLE $EXTRA_PACKAGES; do
	have "$p" || need="$need $p"
done
[ -z "$need" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "lockrules: missing packages:$need; run 'make deps' as root" >&2
	exit 1
fi
echo "lockrules: installing$need"
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $need
