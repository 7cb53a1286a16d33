#!/usr/bin/env bash
# buf lint (STANDARD + COMMENTS, see proto/buf.yaml) over capshift's own protos, offline.
#
# buf cannot reach its schema registry here, so:
#   1. buf comes from the npm package @bufbuild/buf, installed once into a cache outside the
#      repository (CAPSHIFT_BUF_HOME, default ~/.cache/capshift/buf);
#   2. the google/type and google/rpc protos our files import are extracted from the
#      proto-google-common-protos jar in the local Maven repository (MAVEN_REPO_LOCAL, default
#      ~/.m2/repository; the version is the root pom's common-protos.version)
#      into proto/target/buf-imports, a module of proto/buf.yaml that lint ignores.
# Exits non-zero when lint finds a problem or a step fails.
set -euo pipefail

BUF_VERSION=1.75.0
COMMON_PROTOS_VERSION=2.81.0 # fallback when the root pom does not name it

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
proto_dir="$root/proto"
buf_home="${CAPSHIFT_BUF_HOME:-$HOME/.cache/capshift/buf}/$BUF_VERSION"
buf="$buf_home/node_modules/.bin/buf"

install_buf() {
  if [ -x "$buf" ] && [ "$("$buf" --version 2>/dev/null)" = "$BUF_VERSION" ]; then
    return
  fi
  command -v npm >/dev/null || { echo "buf-lint: npm is needed to install buf" >&2; exit 2; }
  echo "buf-lint: installing @bufbuild/buf@$BUF_VERSION into $buf_home" >&2
  mkdir -p "$buf_home"
  npm install --prefix "$buf_home" --no-save --no-audit --no-fund --loglevel=error \
    "@bufbuild/buf@$BUF_VERSION" >&2
  [ -x "$buf" ] || { echo "buf-lint: $buf missing after npm install" >&2; exit 2; }
}

common_protos_jar() {
  local version repo jar
  # the version the build uses: the root pom's <common-protos.version>
  version="$(sed -n 's:.*<common-protos.version>\(.*\)</common-protos.version>.*:\1:p' \
    "$root/pom.xml" | head -n 1)"
  version="${version:-$COMMON_PROTOS_VERSION}"
  repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
  jar="$repo/com/google/api/grpc/proto-google-common-protos/$version"
  jar="$jar/proto-google-common-protos-$version.jar"
  if [ ! -f "$jar" ]; then
    echo "buf-lint: fetching proto-google-common-protos $version with Maven" >&2
    (cd "$root" && mvn -B -q dependency:get -Dmaven.repo.local="$repo" \
      -Dartifact="com.google.api.grpc:proto-google-common-protos:$version") >&2
  fi
  [ -f "$jar" ] || { echo "buf-lint: $jar not found" >&2; exit 2; }
  echo "$jar"
}

extract_imports() {
  local jar="$1" dest="$proto_dir/target/buf-imports" tmp
  mkdir -p "$proto_dir/target"
  tmp="$(mktemp -d "$proto_dir/target/buf-imports.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && unzip -q "$jar" 'google/*') 2>/dev/null || (cd "$tmp" && jar xf "$jar" google)
  find "$tmp" -type f ! -name '*.proto' -delete
  rm -rf "$dest"
  mv "$tmp" "$dest"
  trap - EXIT
}

install_buf
extract_imports "$(common_protos_jar)"
cd "$proto_dir"
"$buf" lint
echo "buf-lint: proto/ is clean (buf $BUF_VERSION, STANDARD + COMMENTS)" >&2
