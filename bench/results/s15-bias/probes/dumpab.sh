#!/bin/bash
# dumpab.sh PROBE LIBDIR TAG: sha256 of the dump probe's output (/tmp/s15bias/PROBE, built from
# this folder's or s13's / s14's .c) with that library; own PoCL cache per tag
probe=$1 lib=$2 tag=$3
POCL_CACHE_DIR=/tmp/s15bias/pc-dump-$tag LD_LIBRARY_PATH=$lib /tmp/s15bias/$probe | sha256sum \
  > /tmp/s15bias/$probe.$tag.sha
echo "rc ${PIPESTATUS[0]}" >> /tmp/s15bias/$probe.$tag.sha
