# Sourced by the scripts of deploy/local: finds the repository and a JDK, and builds what is missing.

local_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$local_dir/../.." && pwd)"
launcher_classpath="$local_dir/target/kontor-local-stack.jar:$local_dir/target/lib/*"
connector_dir="$repo_root/docs/examples/kafka-consumer/target"
connector_classpath="$connector_dir/kontor-example-kafka-consumer.jar:$connector_dir/lib/*"
services=(documents-service integrations-service store-service sync-worker)

java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$java_cmd" >/dev/null 2>&1; then
    echo "Kontor needs a JDK 17 or newer: no 'java' on PATH and JAVA_HOME is not set." >&2
    exit 1
fi
java_version="$("$java_cmd" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [[ "${java_version%%.*}" -lt 17 ]]; then
    echo "Kontor needs a JDK 17 or newer; $java_cmd is version $java_version (set JAVA_HOME to a newer one)." >&2
    exit 1
fi

# Whether a module's runnable artefact exists: the launcher's or the example connector's jar and classpath, or a
# service's quarkus-run.jar.
is_built() {
    case "$1" in
        deploy/local) [[ -f "$local_dir/target/kontor-local-stack.jar" && -d "$local_dir/target/lib" ]] ;;
        docs/examples/kafka-consumer)
            [[ -f "$connector_dir/kontor-example-kafka-consumer.jar" && -d "$connector_dir/lib" ]] ;;
        *) [[ -f "$repo_root/$1/target/quarkus-app/quarkus-run.jar" ]] ;;
    esac
}

# build_if_missing <force> <module>...: builds the modules that are not built yet (and what they need), or
# the whole reactor when forced. Output goes to stderr, so 'TOKEN=$(deploy/local/token ...)' captures only
# the token.
build_if_missing() {
    local force="$1"
    shift
    local missing=()
    local module
    for module in "$@"; do
        is_built "$module" || missing+=("$module")
    done
    if [[ "$force" == true ]]; then
        echo "Building Kontor: ./mvnw -B -q install -DskipTests ..." >&2
        (cd "$repo_root" && ./mvnw -B -q install -DskipTests) >&2
    elif [[ ${#missing[@]} -gt 0 ]]; then
        local modules
        modules="$(IFS=,; echo "${missing[*]}")"
        echo "Building $modules (not built yet; a first build downloads dependencies and takes a few minutes) ..." >&2
        (cd "$repo_root" && ./mvnw -B -q install -DskipTests -pl "$modules" -am) >&2
    fi
}
