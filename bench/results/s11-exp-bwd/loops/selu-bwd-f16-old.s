    3bf0:	mov    0x18(%rsp),%rsi
    3bf5:	mov    0x10(%rsp),%rax
    3bfa:	cmp    %rax,%rsi
    3bfd:	cmovb  %rsi,%rax
    3c01:	shl    $0x5,%rax
    3c05:	prefetcht0 0x800(%rdi,%rax,1)
    3c0d:	vcvtph2ps (%rdi,%rax,1),%zmm6
    3c14:	prefetcht0 0x800(%rbx,%rax,1)
    3c1c:	vandps 0x340(%rsp),%zmm6,%zmm30
    3c24:	vcvtph2ps (%rbx,%rax,1),%zmm31
    3c2b:	vorps  0x300(%rsp),%zmm30,%zmm19
    3c33:	vcmpgtps 0x280(%rsp),%zmm30,%k1
    3c3c:	vbroadcastss 0x33de(%rip),%zmm19{%k1}        # 7024 <_pocl_kernel_clact_bwd_workgroup_fast
    3c46:	vmovaps %zmm23,%zmm8
    3c4c:	vfmadd231ps 0x240(%rsp),%zmm19,%zmm8
    3c54:	vcmpeqps 0x2c0(%rsp),%zmm30,%k1
    3c5d:	vsubps %zmm8,%zmm23,%zmm30
    3c63:	vfmadd132ps 0x200(%rsp),%zmm19,%zmm30
    3c6b:	vmovaps %zmm11,%zmm19
    3c71:	vfmadd213ps 0x1c0(%rsp),%zmm30,%zmm19
    3c79:	vfmadd213ps 0x180(%rsp),%zmm30,%zmm19
    3c81:	vmulps %zmm30,%zmm30,%zmm20
    3c87:	vfmadd213ps %zmm14,%zmm30,%zmm19
    3c8d:	vfmadd213ps %zmm30,%zmm19,%zmm20
    3c93:	vbroadcastss 0x33a7(%rip),%zmm20{%k1}        # 7044 <_pocl_kernel_clact_bwd_workgroup_fast
    3c9d:	vpaddd %zmm15,%zmm8,%zmm8
    3ca3:	vpmaxsd %zmm16,%zmm8,%zmm19
    3ca9:	vpslld $0x17,%zmm19,%zmm30
    3cb0:	vpaddd %zmm17,%zmm30,%zmm30
    3cb6:	vfmadd213ps %zmm30,%zmm20,%zmm30
    3cbc:	vmulps %zmm18,%zmm30,%zmm20
    3cc2:	vcmpgtps 0x34f3(%rip),%zmm6,%k1        # 71c0 <_pocl_kernel_clact_bwd_workgroup_fast+0x289
    3ccd:	vbroadcastss 0x3381(%rip),%zmm20{%k1}        # 7058 <_pocl_kernel_clact_bwd_workgroup_fast
    3cd7:	vpsubd %zmm19,%zmm8,%zmm6
    3cdd:	vmulps %zmm20,%zmm31,%zmm8
    3ce3:	knotw  %k1,%k1
    3ce7:	vmovdqa32 %zmm6,%zmm6{%k1}{z}
    3ced:	vmulps %zmm8,%zmm5,%zmm8
    3cf3:	vpmaxsd %zmm21,%zmm6,%zmm19
    3cf9:	vpslld $0x17,%zmm19,%zmm20
    3d00:	vpaddd %zmm17,%zmm20,%zmm20
    3d06:	vmulps %zmm20,%zmm8,%zmm8
    3d0c:	vpsubd %zmm19,%zmm6,%zmm6
    3d12:	vpslld $0x17,%zmm6,%zmm6
    3d19:	vpaddd %zmm17,%zmm6,%zmm6
    3d1f:	vmulps %zmm6,%zmm8,%zmm6
    3d25:	vcvtps2ph $0x0,%zmm6,(%rdx,%rax,1)
    3d2d:	add    $0x20,%rdx
    3d31:	add    $0x20,%rbx
    3d35:	add    $0x20,%rdi
    3d39:	inc    %rcx
    3d3c:	jne    3bf0 <_pocl_kernel_clact_bwd_workgroup+0xf70>
