    3980:	mov    0x50(%rsp),%rsi
    3985:	mov    0x48(%rsp),%rax
    398a:	cmp    %rax,%rsi
    398d:	cmovb  %rsi,%rax
    3991:	shl    $0x5,%rax
    3995:	prefetcht0 0x800(%rdx,%rax,1)
    399d:	vcvtph2ps (%rdx,%rax,1),%zmm6
    39a4:	prefetcht0 0x800(%rdi,%rax,1)
    39ac:	vandps 0x300(%rsp),%zmm6,%zmm28
    39b4:	vcvtph2ps (%rdi,%rax,1),%zmm29
    39bb:	vorps  0x2c0(%rsp),%zmm6,%zmm31
    39c3:	vcmpneqps 0x280(%rsp),%zmm31,%k1
    39cc:	vmovaps %zmm30,%zmm31
    39d2:	vfmadd231ps 0x240(%rsp),%zmm28,%zmm31
    39da:	vsubps %zmm31,%zmm30,%zmm20
    39e0:	vfmsub132ps 0x1c0(%rsp),%zmm28,%zmm20
    39e8:	vmovaps %zmm11,%zmm28
    39ee:	vpmaxsd 0x200(%rsp),%zmm31,%zmm14
    39f6:	vfmadd213ps %zmm12,%zmm20,%zmm28
    39fc:	vfmadd213ps %zmm13,%zmm20,%zmm28
    3a02:	vfmadd213ps %zmm15,%zmm20,%zmm28
    3a08:	vfmadd213ps 0x3632(%rip){1to16},%zmm20,%zmm28{%k1}{z}        # 7044 <_pocl_kernel_clact_bw
    3a12:	vpslld $0x17,%zmm14,%zmm20
    3a19:	vmulps %zmm20,%zmm28,%zmm20
    3a1f:	vmulps %zmm17,%zmm20,%zmm20
    3a25:	vcmpgtps 0x3790(%rip),%zmm6,%k1        # 71c0 <_pocl_kernel_clact_bwd_workgroup_fast+0x2bf
    3a30:	vbroadcastss 0x3612(%rip),%zmm20{%k1}        # 704c <_pocl_kernel_clact_bwd_workgroup_fast
    3a3a:	vpsubd %zmm14,%zmm31,%zmm6
    3a40:	vmulps %zmm20,%zmm29,%zmm14
    3a46:	vpmaxsd %zmm18,%zmm6,%zmm6
    3a4c:	vmulps %zmm14,%zmm5,%zmm14
    3a52:	vpslld $0x17,%zmm6,%zmm6
    3a59:	vpaddd %zmm19,%zmm6,%zmm6
    3a5f:	vmulps %zmm6,%zmm14,%zmm6
    3a65:	vmovaps %zmm14,%zmm6{%k1}
    3a6b:	vcvtps2ph $0x0,%zmm6,(%rbx,%rax,1)
    3a73:	add    $0x20,%rbx
    3a77:	add    $0x20,%rdi
    3a7b:	add    $0x20,%rdx
    3a7f:	inc    %rcx
    3a82:	jne    3980 <_pocl_kernel_clact_bwd_workgroup+0xf20>
