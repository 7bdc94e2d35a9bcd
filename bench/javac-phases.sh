#!/bin/sh
# Where javac spends its time on the generated SDK: one fresh javac per stopping point (parse only,
# through attribution, through flow analysis, through lowering, and the whole compilation with
# class files), and the models and the module classes apart. Run after `mvn install -pl generated-sdk`.
# Usage: bench/javac-phases.sh [runs]   (prints "what median-ms" lines)
set -e
cd "$(dirname "$0")/.."
runs=${1:-3}
src=generated-sdk/target/generated-sources/fluentcrm
cp=$(ls runtime/target/fluentcrm-runtime-*.jar | grep -v -e sources -e javadoc | head -1)
for jar in $(find "${MAVEN_REPO:-$HOME/.m2/repository}/com/fasterxml/jackson/core" -name 'jackson-*-2.20*.jar' | grep -v sources); do cp="$cp:$jar"; done
work=$(mktemp -d)
find $src -name '*.java' > $work/all
grep '/model/' $work/all > $work/models
grep -v '/model/' $work/all > $work/modules
mkdir -p $work/model-classes
javac -proc:none --release 17 -nowarn -cp "$cp" -d $work/model-classes @$work/models
measure() { # label, extra options, file list, classpath
  times=""
  for i in $(seq $runs); do
    rm -rf $work/out; mkdir $work/out
    start=$(date +%s%N)
    javac -proc:none --release 17 -nowarn -cp "$4" -d $work/out $2 @$3
    times="$times $(( ($(date +%s%N) - start) / 1000000 ))"
  done
  echo "$1 $(echo $times | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms ($times )"
}
measure "all:parse" "-XDshould-stop.ifNoError=PARSE" $work/all "$cp"
measure "all:attr" "-XDshould-stop.ifNoError=ATTR" $work/all "$cp"
measure "all:flow" "-XDshould-stop.ifNoError=FLOW" $work/all "$cp"
measure "all:lower" "-XDshould-stop.ifNoError=LOWER" $work/all "$cp"
measure "all:full" "" $work/all "$cp"
classes=$(find $work/out -name '*.class' | wc -l)
measure "models:full" "" $work/models "$cp"
measure "modules:full(models on class path)" "" $work/modules "$cp:$work/model-classes"
echo "files: $(wc -l < $work/all) (models $(wc -l < $work/models)), lines: $(cat $(cat $work/all) | wc -l), classes: $classes"
rm -rf $work
