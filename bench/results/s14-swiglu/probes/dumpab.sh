#!/bin/bash
# dumpab.sh LIBDIR TAG: sha256 of dump_gated's output with that library
lib=$1 tag=$2
POCL_CACHE_DIR=/tmp/s14swiglu/pc-dump-$tag LD_LIBRARY_PATH=$lib /tmp/s14swiglu/dump_gated | sha256sum > /tmp/s14swiglu/dump_gated.$tag.sha
echo "rc ${PIPESTATUS[0]}" >> /tmp/s14swiglu/dump_gated.$tag.sha
