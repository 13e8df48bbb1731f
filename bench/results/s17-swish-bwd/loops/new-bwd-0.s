# block 5030-5088: 15 instructions
  0.00 5030:	mov    0x60(%rsp),%rax
  0.17 5035:	prefetcht0 0x800(%rax,%rdi,1)
 34.02 503d:	vmovdqa64 (%rax,%rdi,1),%zmm1
  0.34 5044:	mov    0x58(%rsp),%rax
  0.51 5049:	prefetcht0 0x800(%rax,%rdi,1)
 59.49 5051:	vmulps (%rax,%rdi,1),%zmm20,%zmm3
  0.34 5058:	vpaddd %zmm1,%zmm1,%zmm5
  0.00 505e:	vpcmpnleud 0x4fef(%rip){1to16},%zmm5,%k1        # a058 <_pocl_kernel_clact_bwd_workgroup_fast+0x3968>
  0.68 5069:	vmovaps %zmm1,%zmm3{%k1}
  0.00 506f:	vmulps %zmm3,%zmm4,%zmm1
  0.34 5075:	mov    0x50(%rsp),%rax
  1.54 507a:	vmovaps %zmm1,(%rax,%rdi,1)
  1.71 5081:	add    $0x40,%rdi
  0.00 5085:	inc    %rdx
  0.00 5088:	jne    5030 <_pocl_kernel_clact_bwd_workgroup+0x14f0>
