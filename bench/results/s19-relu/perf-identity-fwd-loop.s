# block 1ed0-1eed: 6 instructions
  0.00 1ed0:	prefetcht0 0x800(%rdi,%rcx,1)
  3.24 1ed8:	vmulps (%rdi,%rcx,1),%zmm1,%zmm5
 43.32 1edf:	vmovntps %zmm5,(%rsi,%rcx,1)
 53.04 1ee6:	add    $0x40,%rcx
  0.00 1eea:	inc    %rax
  0.00 1eed:	jne    1ed0 <_pocl_kernel_clact_fwd_workgroup+0x590>
