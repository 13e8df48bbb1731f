    2ec0:	vcvtneps2bf16 %zmm0,%ymm0
    2ec6:	mov    0x50(%rsp),%rax
    2ecb:	vmovdqa %ymm0,(%rax,%rdi,1)
    2ed0:	add    $0x20,%rdi
    2ed4:	inc    %rdx
    2ed7:	je     3410 <_pocl_kernel_clact_bwd_workgroup+0x1070>
    2edd:	mov    0x70(%rsp),%rax
    2ee2:	prefetcht0 0x800(%rax,%rdi,1)
    2eea:	vpmovzxwd (%rax,%rdi,1),%zmm0
    2ef1:	vpslld $0x10,%zmm0,%zmm0
    2ef8:	mov    0x68(%rsp),%rax
    2efd:	prefetcht0 0x800(%rax,%rdi,1)
    2f05:	vpmovzxwd (%rax,%rdi,1),%zmm1
    2f0c:	vpslld $0x10,%zmm1,%zmm1
    2f13:	vpord  %zmm5,%zmm0,%zmm26
    2f19:	vmaxps %zmm26,%zmm6,%zmm28
    2f1f:	vmovaps %zmm7,%zmm29
    2f25:	vfmadd231ps %zmm8,%zmm28,%zmm29
    2f2b:	vpmaxsd %zmm9,%zmm29,%zmm30
    2f31:	vpsubd %zmm30,%zmm29,%zmm31
    2f37:	vsubps %zmm29,%zmm7,%zmm29
    2f3d:	vfmadd132ps %zmm10,%zmm28,%zmm29
    2f43:	vmovaps %zmm11,%zmm28
    2f49:	vfmadd213ps %zmm12,%zmm29,%zmm28
    2f4f:	vfmadd213ps %zmm14,%zmm29,%zmm28
    2f55:	vcmpneqps %zmm15,%zmm26,%k1
    2f5c:	vfmadd213ps 0x20c2(%rip){1to16},%zmm29,%zmm28{%k1}{z}        # 5028 <_pocl_kernel_clact_bw
    2f66:	vpslld $0x17,%zmm30,%zmm26
    2f6d:	vmulps %zmm26,%zmm28,%zmm26
    2f73:	vmulps %zmm17,%zmm26,%zmm26
    2f79:	vcmpltps %zmm0,%zmm16,%k1
    2f80:	vbroadcastss 0x20a6(%rip),%zmm26{%k1}        # 5030 <_pocl_kernel_clact_bwd_workgroup_fast
    2f8a:	vmulps %zmm1,%zmm26,%zmm0
    2f90:	vmulps %zmm0,%zmm2,%zmm0
    2f96:	vpslld $0x17,%zmm31,%zmm1
    2f9d:	knotw  %k1,%k1
    2fa1:	vmovdqa32 %zmm1,%zmm1{%k1}{z}
    2fa7:	vpaddd %zmm18,%zmm1,%zmm26
    2fad:	vpminsd %zmm19,%zmm1,%zmm1
    2fb3:	vpmaxsd %zmm20,%zmm26,%zmm26
    2fb9:	vmulps %zmm26,%zmm0,%zmm0
    2fbf:	vpaddd %zmm21,%zmm1,%zmm1
    2fc5:	vmulps %zmm1,%zmm0,%zmm0
    2fcb:	vfpclassps $0x20,%zmm0,%k0
    2fd2:	kortestw %k0,%k0
    2fd6:	je     2ec0 <_pocl_kernel_clact_bwd_workgroup+0xb20>
