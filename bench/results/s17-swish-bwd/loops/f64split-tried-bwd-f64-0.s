# block 7fb0-8012: 16 instructions
  0.08 7fb0:	mov    0x58(%rsp),%rax
  0.08 7fb5:	prefetcht0 0x800(%rax,%rdi,1)
 40.98 7fbd:	vmovdqa64 (%rax,%rdi,1),%zmm1
  0.31 7fc4:	mov    0x50(%rsp),%rax
  0.31 7fc9:	prefetcht0 0x800(%rax,%rdi,1)
 51.05 7fd1:	vmovapd (%rax,%rdi,1),%zmm2
  0.39 7fd8:	vmulpd 0x80d6(%rip){1to8},%zmm2,%zmm2        # 100b8 <_pocl_kernel_clact_bwd_workgroup_fast+0x56d8>
  0.62 7fe2:	vpaddq %zmm1,%zmm1,%zmm4
  0.00 7fe8:	vpcmpnleuq 0x812d(%rip){1to8},%zmm4,%k1        # 10120 <_pocl_kernel_clact_bwd_workgroup_fast+0x5740>
  0.31 7ff3:	vmovapd %zmm1,%zmm2{%k1}
  0.00 7ff9:	vmulpd %zmm2,%zmm5,%zmm1
  0.16 7fff:	mov    0x48(%rsp),%rax
  3.67 8004:	vmovapd %zmm1,(%rax,%rdi,1)
  1.87 800b:	add    $0x40,%rdi
  0.00 800f:	inc    %rdx
  0.00 8012:	jne    7fb0 <_pocl_kernel_clact_bwd_workgroup+0x2320>
