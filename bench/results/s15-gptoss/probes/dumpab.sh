#!/bin/bash
# dumpab.sh LIBDIR TAG: sha256 of dump_pairs' and s14's dump_gated's output with that library
lib=$1 tag=$2
for d in dump_pairs dump_gated; do
  POCL_CACHE_DIR=/tmp/s15gptoss/pc-dump-$tag LD_LIBRARY_PATH=$lib /tmp/s15gptoss/$d | sha256sum > /tmp/s15gptoss/bits/$d.$tag.sha
  echo "rc ${PIPESTATUS[0]}" >> /tmp/s15gptoss/bits/$d.$tag.sha
done
