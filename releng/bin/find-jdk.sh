# Sourced by ./mvnw, ./cutover and .ci/run: point JAVA_HOME at a JDK 21 or newer.
# Order: an existing JAVA_HOME that is new enough, then `java` on the PATH, then the usual JVM folders.
# Prints what to install and returns 1 when no suitable JDK exists.

cutover_java_major() {
  # $1 = path to a java executable; echoes its feature version (17, 21, 25, ...) or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

cutover_find_jdk() {
  local min=21 candidate major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  # newest first among the folders, so a machine with 21 and 25 uses 25
  local best="" best_major=0
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(cutover_java_major "$candidate/bin/java")
    [ -n "$major" ] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -ge "$min" ]; then
      best="$candidate"; best_major=$major; break
    fi
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "Cutover needs a JDK $min or newer (Tycho 5 and Eclipse 4.3x require Java 21)." >&2
    echo "None was found in JAVA_HOME, on the PATH or under /usr/lib/jvm." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+ JDK, or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
