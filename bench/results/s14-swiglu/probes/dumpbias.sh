#!/bin/bash
lib=$1 tag=$2
POCL_CACHE_DIR=/tmp/s14swiglu/pc-dump-$tag LD_LIBRARY_PATH=$lib /tmp/s14swiglu/dump_bias | sha256sum > /tmp/s14swiglu/dump_bias.$tag.sha
echo "rc ${PIPESTATUS[0]}" >> /tmp/s14swiglu/dump_bias.$tag.sha
