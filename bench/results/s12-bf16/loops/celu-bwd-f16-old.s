    3b30:	mov    0x18(%rsp),%rsi
    3b35:	mov    0x10(%rsp),%rax
    3b3a:	cmp    %rax,%rsi
    3b3d:	cmovb  %rsi,%rax
    3b41:	shl    $0x5,%rax
    3b45:	prefetcht0 0x800(%rdi,%rax,1)
    3b4d:	vcvtph2ps (%rdi,%rax,1),%zmm6
    3b54:	prefetcht0 0x800(%rdx,%rax,1)
    3b5c:	vdivps %zmm5,%zmm6,%zmm30
    3b62:	vcvtph2ps (%rdx,%rax,1),%zmm31
    3b69:	vandps 0x300(%rsp),%zmm30,%zmm30
    3b71:	vorps  0x2c0(%rsp),%zmm30,%zmm19
    3b79:	vcmpgtps 0x240(%rsp),%zmm30,%k1
    3b82:	vbroadcastss 0x3498(%rip),%zmm19{%k1}        # 7024 <_pocl_kernel_clact_bwd_workgroup_fast+0x2824>
    3b8c:	vmovaps %zmm23,%zmm9
    3b92:	vcmpeqps 0x280(%rsp),%zmm30,%k1
    3b9b:	vfmadd231ps 0x200(%rsp),%zmm19,%zmm9
    3ba3:	vsubps %zmm9,%zmm23,%zmm30
    3ba9:	vfmadd132ps 0x1c0(%rsp),%zmm19,%zmm30
    3bb1:	vmovaps %zmm12,%zmm19
    3bb7:	vfmadd213ps 0x180(%rsp),%zmm30,%zmm19
    3bbf:	vfmadd213ps %zmm14,%zmm30,%zmm19
    3bc5:	vfmadd213ps %zmm15,%zmm30,%zmm19
    3bcb:	vmulps %zmm30,%zmm30,%zmm20
    3bd1:	vfmadd213ps %zmm30,%zmm19,%zmm20
    3bd7:	vbroadcastss 0x3463(%rip),%zmm20{%k1}        # 7044 <_pocl_kernel_clact_bwd_workgroup_fast+0x2844>
    3be1:	vpaddd %zmm16,%zmm9,%zmm9
    3be7:	vpmaxsd %zmm17,%zmm9,%zmm19
    3bed:	vpslld $0x17,%zmm19,%zmm30
    3bf4:	vpaddd %zmm18,%zmm30,%zmm30
    3bfa:	vfmadd213ps %zmm30,%zmm20,%zmm30
    3c00:	vcmpgtps 0x35b5(%rip),%zmm6,%k1        # 71c0 <_pocl_kernel_clact_bwd_workgroup_fast+0x29c0>
    3c0b:	vmulps %zmm30,%zmm31,%zmm6
    3c11:	vpsubd %zmm19,%zmm9,%zmm9
    3c17:	vmovaps %zmm31,%zmm6{%k1}
    3c1d:	vpmaxsd %zmm21,%zmm9,%zmm9
    3c23:	vmulps 0x340(%rsp),%zmm6,%zmm6
    3c2b:	vpslld $0x17,%zmm9,%zmm9
    3c32:	vpaddd %zmm18,%zmm9,%zmm9
    3c38:	vmulps %zmm9,%zmm6,%zmm9
    3c3e:	vmovaps %zmm6,%zmm9{%k1}
    3c44:	vcvtps2ph $0x0,%zmm9,(%rbx,%rax,1)
    3c4c:	add    $0x20,%rbx
    3c50:	add    $0x20,%rdx
    3c54:	add    $0x20,%rdi
    3c58:	inc    %rcx
    3c5b:	jne    3b30 <_pocl_kernel_clact_bwd_workgroup+0xf60>
