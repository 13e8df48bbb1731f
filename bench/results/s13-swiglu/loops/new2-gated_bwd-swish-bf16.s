    8bd0:	vcvtneps2bf16 %zmm0,%ymm0
    8bd6:	vmovdqa %ymm0,(%r14,%rdx,2)
    8bdc:	inc    %r11
    8bdf:	cmp    %rcx,%r11
    8be2:	je     8b50 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x15f0>
    8be8:	mov    %r11,%rdx
    8beb:	shl    $0x4,%rdx
    8bef:	xor    %esi,%esi
    8bf1:	data16 data16 data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
    8c00:	mov    (%rax,%rsi,8),%rdi
    8c04:	prefetcht0 (%rdi,%rdx,2)
    8c08:	inc    %rsi
    8c0b:	cmp    $0x3,%rsi
    8c0f:	jne    8c00 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x16a0>
    8c11:	mov    %r11,%rsi
    8c14:	shl    $0x5,%rsi
    8c18:	vucomiss %xmm13,%xmm11
    8c1d:	mov    0x78(%rsp),%rdi
    8c22:	vpmovzxwd (%rdi,%rsi,1),%zmm5
    8c29:	vpslld $0x10,%zmm5,%zmm1
    8c30:	mov    0xd0(%rsp),%rdi
    8c38:	vpmovzxwd (%rdi,%rsi,1),%zmm0
    8c3f:	mov    0x58(%rsp),%rdi
    8c44:	vpmovzxwd (%rdi,%rsi,1),%zmm2
    8c4b:	vpslld $0x10,%zmm2,%zmm2
    8c52:	jne    8c5a <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x16fa>
    8c54:	jnp    8d90 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1830>
    8c5a:	vmulps %zmm1,%zmm11,%zmm3
    8c60:	vbroadcastss 0xb39e(%rip),%zmm4        # 14008 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6558>
    8c6a:	vminps %zmm3,%zmm4,%zmm4
    8c70:	vbroadcastss 0xb392(%rip),%zmm5        # 1400c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x655c>
    8c7a:	vmaxps %zmm4,%zmm5,%zmm4
    8c80:	vbroadcastss 0xb386(%rip),%zmm5        # 14010 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6560>
    8c8a:	vbroadcastss 0xb380(%rip),%zmm6        # 14014 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6564>
    8c94:	vfmadd213ps %zmm5,%zmm4,%zmm6
    8c9a:	vsubps %zmm6,%zmm5,%zmm5
    8ca0:	vpmaxsd 0xb36e(%rip){1to16},%zmm6,%zmm7        # 14018 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6568>
    8caa:	vpslld $0x17,%zmm7,%zmm8
    8cb1:	vbroadcastss 0xb361(%rip),%zmm9        # 1401c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x656c>
    8cbb:	vfmadd213ps %zmm4,%zmm5,%zmm9
    8cc1:	vfmadd231ps 0xb355(%rip){1to16},%zmm5,%zmm9        # 14020 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6570>
    8ccb:	vbroadcastss 0xb34f(%rip),%zmm5        # 14024 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6574>
    8cd5:	vfmadd213ps 0xb349(%rip){1to16},%zmm9,%zmm5        # 14028 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6578>
    8cdf:	vfmadd213ps 0xb343(%rip){1to16},%zmm9,%zmm5        # 1402c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x657c>
    8ce9:	vfmadd213ps 0xb33d(%rip){1to16},%zmm9,%zmm5        # 14030 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6580>
    8cf3:	vfmadd213ps 0xb337(%rip){1to16},%zmm9,%zmm5        # 14034 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6584>
    8cfd:	vfmadd213ps 0xb2f9(%rip){1to16},%zmm9,%zmm5        # 14000 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6550>
    8d07:	vmulps %zmm9,%zmm9,%zmm10
    8d0d:	vfmadd213ps %zmm9,%zmm10,%zmm5
    8d13:	vfmadd213ps %zmm8,%zmm8,%zmm5
    8d19:	vpsubd %zmm7,%zmm6,%zmm6
    8d1f:	vbroadcastss 0xb30f(%rip),%zmm7        # 14038 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6588>
    8d29:	vaddps %zmm7,%zmm5,%zmm8
    8d2f:	vdivps %zmm8,%zmm7,%zmm8
    8d35:	vcmpeqps 0xb2fc(%rip){1to16},%zmm3,%k1        # 1403c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x658c>
    8d40:	vmulps %zmm8,%zmm5,%zmm3
    8d46:	vmulps %zmm1,%zmm3,%zmm3
    8d4c:	vandps 0xb2ea(%rip){1to16},%zmm1,%zmm3{%k1}        # 14040 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6590>
    8d56:	vaddps %zmm7,%zmm4,%zmm1
    8d5c:	vaddps %zmm5,%zmm1,%zmm1
    8d62:	vmulps %zmm1,%zmm5,%zmm1
    8d68:	vmulps %zmm8,%zmm8,%zmm4
    8d6e:	vmulps %zmm4,%zmm1,%zmm1
    8d74:	vmovaps 0xb602(%rip),%zmm1{%k1}        # 14380 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x68d0>
    8d7e:	vmulps %zmm2,%zmm1,%zmm4
    8d84:	vpslld $0x17,%zmm6,%zmm1
    8d8b:	jmp    8dc2 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1862>
    8d8d:	nopl   (%rax)
    8d90:	vbroadcastss 0xb266(%rip),%zmm4        # 14000 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6550>
    8d9a:	vmulps %zmm4,%zmm1,%zmm3
    8da0:	vmulps %zmm4,%zmm2,%zmm4
    8da6:	vpslld $0x11,%zmm5,%zmm5
    8dad:	vpcmpnleud 0xb24c(%rip){1to16},%zmm5,%k1        # 14004 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6554>
    8db8:	vmovaps %zmm1,%zmm4{%k1}
    8dbe:	vpxor  %xmm1,%xmm1,%xmm1
    8dc2:	vpslld $0x10,%zmm0,%zmm0
    8dc9:	vmulps %zmm0,%zmm4,%zmm0
    8dcf:	vpaddd 0xb25f(%rip){1to16},%zmm1,%zmm4        # 14038 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6588>
    8dd9:	vpminsd 0xb261(%rip){1to16},%zmm1,%zmm1        # 14044 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6594>
    8de3:	vpmaxsd 0xb25b(%rip){1to16},%zmm4,%zmm4        # 14048 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6598>
    8ded:	vucomiss %xmm13,%xmm12
    8df2:	vpaddd 0xb250(%rip){1to16},%zmm1,%zmm5        # 1404c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x659c>
    8dfc:	vmulps 0x600(%rsp),%zmm0,%zmm0
    8e04:	vmulps %zmm4,%zmm0,%zmm0
    8e0a:	vmulps %zmm5,%zmm0,%zmm0
    8e10:	jne    8e14 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x18b4>
    8e12:	jnp    8e28 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x18c8>
    8e14:	vpmovzxwd (%rbx,%rsi,1),%zmm1
    8e1b:	vpslld $0x10,%zmm1,%zmm1
    8e22:	vfmadd231ps %zmm1,%zmm12,%zmm0
    8e28:	vfpclassps $0x20,%zmm0,%k0
    8e2f:	kortestw %k0,%k0
    8e33:	je     8e80 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1920>
    8e35:	vpsrld $0x10,%zmm0,%zmm1
    8e3c:	vpandd 0xb20a(%rip){1to16},%zmm1,%zmm1        # 14050 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x65a0>
    8e46:	vpaddd %zmm1,%zmm0,%zmm1
    8e4c:	vpaddd 0xb1fe(%rip){1to16},%zmm1,%zmm1        # 14054 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x65a4>
    8e56:	vpaddd %zmm0,%zmm0,%zmm6
    8e5c:	vpcmpnleud 0xb19d(%rip){1to16},%zmm6,%k1        # 14004 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6554>
    8e67:	vpord  0xb1e7(%rip){1to16},%zmm0,%zmm1{%k1}        # 14058 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x65a8>
    8e71:	vpsrld $0x10,%zmm1,%zmm0
    8e78:	vpmovdw %zmm0,%ymm1
    8e7e:	jmp    8e8a <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x192a>
    8e80:	vcvtneps2bf16 %zmm0,%ymm0
    8e86:	vmovdqa %ymm0,%ymm1
    8e8a:	vmulps %zmm2,%zmm3,%zmm0
    8e90:	vmulps 0x600(%rsp),%zmm0,%zmm0
    8e98:	vmulps %zmm4,%zmm0,%zmm0
    8e9e:	vmulps %zmm5,%zmm0,%zmm0
    8ea4:	vucomiss %xmm13,%xmm12
    8ea9:	vmovdqa %ymm1,(%rbx,%rdx,2)
    8eae:	jne    8eb2 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1952>
    8eb0:	jnp    8ec6 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1966>
    8eb2:	vpmovzxwd (%r14,%rsi,1),%zmm1
    8eb9:	vpslld $0x10,%zmm1,%zmm1
    8ec0:	vfmadd231ps %zmm1,%zmm12,%zmm0
    8ec6:	vfpclassps $0x20,%zmm0,%k0
    8ecd:	kortestw %k0,%k0
    8ed1:	je     8bd0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1670>
