    9b10:	vcvtps2ph $0x0,%zmm0,(%rdi,%r15,1)
    9b18:	add    $0x20,%rbx
    9b1c:	add    $0x20,%rdi
    9b20:	add    $0x20,%rsi
    9b24:	add    $0x20,%rcx
    9b28:	add    $0x20,%rdx
    9b2c:	add    $0x20,%rax
    9b30:	add    $0x20,%r13
    9b34:	add    $0x20,%r12
    9b38:	dec    %r14
    9b3b:	je     9a70 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x15f0>
    9b41:	prefetcht0 (%r12,%r15,1)
    9b46:	prefetcht0 0x0(%r13,%r15,1)
    9b4c:	prefetcht0 (%rax,%r15,1)
    9b51:	vcvtph2ps (%rdx,%r15,1),%zmm2
    9b58:	vcvtph2ps (%rcx,%r15,1),%zmm1
    9b5f:	vcvtph2ps (%rsi,%r15,1),%zmm0
    9b66:	vucomiss %xmm16,%xmm13
    9b6c:	jne    9b74 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x16f4>
    9b6e:	jnp    9cb0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1830>
    9b74:	vmulps %zmm2,%zmm13,%zmm3
    9b7a:	vbroadcastss 0xd488(%rip),%zmm4        # 1700c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x799c>
    9b84:	vminps %zmm3,%zmm4,%zmm4
    9b8a:	vbroadcastss 0xd47c(%rip),%zmm5        # 17010 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79a0>
    9b94:	vbroadcastss 0xd476(%rip),%zmm6        # 17014 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79a4>
    9b9e:	vbroadcastss 0xd470(%rip),%zmm7        # 17018 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79a8>
    9ba8:	vmaxps %zmm4,%zmm5,%zmm4
    9bae:	vfmadd213ps %zmm6,%zmm4,%zmm7
    9bb4:	vsubps %zmm7,%zmm6,%zmm5
    9bba:	vpmaxsd 0xd458(%rip){1to16},%zmm7,%zmm6        # 1701c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79ac>
    9bc4:	vpslld $0x17,%zmm6,%zmm8
    9bcb:	vbroadcastss 0xd44b(%rip),%zmm9        # 17020 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79b0>
    9bd5:	vfmadd213ps %zmm4,%zmm5,%zmm9
    9bdb:	vfmadd231ps 0xd43f(%rip){1to16},%zmm5,%zmm9        # 17024 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79b4>
    9be5:	vmulps %zmm9,%zmm9,%zmm5
    9beb:	vbroadcastss 0xd433(%rip),%zmm10        # 17028 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79b8>
    9bf5:	vfmadd213ps 0xd42d(%rip){1to16},%zmm9,%zmm10        # 1702c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79bc>
    9bff:	vfmadd213ps 0xd427(%rip){1to16},%zmm9,%zmm10        # 17030 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79c0>
    9c09:	vfmadd213ps 0xd421(%rip){1to16},%zmm9,%zmm10        # 17034 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79c4>
    9c13:	vfmadd213ps 0xd41b(%rip){1to16},%zmm9,%zmm10        # 17038 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79c8>
    9c1d:	vfmadd213ps 0xd3d9(%rip){1to16},%zmm9,%zmm10        # 17000 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7990>
    9c27:	vfmadd213ps %zmm9,%zmm5,%zmm10
    9c2d:	vfmadd213ps %zmm8,%zmm8,%zmm10
    9c33:	vpsubd %zmm6,%zmm7,%zmm5
    9c39:	vbroadcastss 0xd3c5(%rip),%zmm6        # 17008 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7998>
    9c43:	vaddps %zmm6,%zmm10,%zmm7
    9c49:	vdivps %zmm7,%zmm6,%zmm7
    9c4f:	vcmpeqps 0xd3e2(%rip){1to16},%zmm3,%k1        # 1703c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79cc>
    9c5a:	vmulps %zmm7,%zmm10,%zmm3
    9c60:	vmulps %zmm3,%zmm2,%zmm3
    9c66:	vandps 0xd3d0(%rip){1to16},%zmm2,%zmm3{%k1}        # 17040 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79d0>
    9c70:	vpmaxsd 0xd3ca(%rip){1to16},%zmm5,%zmm2        # 17044 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79d4>
    9c7a:	vaddps %zmm6,%zmm4,%zmm4
    9c80:	vaddps %zmm10,%zmm4,%zmm4
    9c86:	vmulps %zmm4,%zmm10,%zmm4
    9c8c:	vmulps %zmm7,%zmm7,%zmm5
    9c92:	vmulps %zmm5,%zmm4,%zmm4
    9c98:	vmovaps %zmm20,%zmm4{%k1}
    9c9e:	vmulps %zmm4,%zmm0,%zmm4
    9ca4:	jmp    9ce1 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1861>
    9ca6:	cs nopw 0x0(%rax,%rax,1)
    9cb0:	vbroadcastss 0xd346(%rip),%zmm4        # 17000 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7990>
    9cba:	vmulps %zmm4,%zmm2,%zmm3
    9cc0:	vmulps %zmm4,%zmm0,%zmm4
    9cc6:	vpaddd %zmm2,%zmm2,%zmm5
    9ccc:	vpcmpnleud 0xd32d(%rip){1to16},%zmm5,%k1        # 17004 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7994>
    9cd7:	vmovaps %zmm2,%zmm4{%k1}
    9cdd:	vpxor  %xmm2,%xmm2,%xmm2
    9ce1:	vmulps %zmm4,%zmm1,%zmm4
    9ce7:	vucomiss %xmm16,%xmm15
    9ced:	vpslld $0x17,%zmm2,%zmm1
    9cf4:	vpaddd 0xd30a(%rip){1to16},%zmm1,%zmm1        # 17008 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7998>
    9cfe:	vmulps %zmm4,%zmm14,%zmm2
    9d04:	vmulps %zmm1,%zmm2,%zmm2
    9d0a:	jne    9d0e <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x188e>
    9d0c:	jnp    9d1b <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x189b>
    9d0e:	vcvtph2ps (%rbx,%r15,1),%zmm4
    9d15:	vfmadd231ps %zmm4,%zmm15,%zmm2
    9d1b:	vmulps %zmm3,%zmm0,%zmm0
    9d21:	vmulps %zmm0,%zmm14,%zmm0
    9d27:	vmulps %zmm1,%zmm0,%zmm0
    9d2d:	vcvtps2ph $0x0,%zmm2,(%rbx,%r15,1)
    9d35:	vucomiss %xmm16,%xmm15
    9d3b:	jne    9d43 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x18c3>
    9d3d:	jnp    9b10 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1690>
