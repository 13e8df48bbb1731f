    8de0:	vcvtneps2bf16 %zmm0,%ymm0
    8de6:	vmovdqa %ymm0,(%r14,%rdx,2)
    8dec:	inc    %r12
    8def:	cmp    %rcx,%r12
    8df2:	je     8d60 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1620>
    8df8:	mov    %r12,%rdx
    8dfb:	shl    $0x4,%rdx
    8dff:	xor    %esi,%esi
    8e01:	data16 data16 data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
    8e10:	mov    (%rax,%rsi,8),%rdi
    8e14:	prefetcht0 (%rdi,%rdx,2)
    8e18:	inc    %rsi
    8e1b:	cmp    $0x3,%rsi
    8e1f:	jne    8e10 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x16d0>
    8e21:	mov    %r12,%rsi
    8e24:	shl    $0x5,%rsi
    8e28:	vucomiss %xmm16,%xmm14
    8e2e:	mov    0x60(%rsp),%rdi
    8e33:	vpmovzxwd (%rdi,%rsi,1),%zmm4
    8e3a:	vpslld $0x10,%zmm4,%zmm1
    8e41:	mov    0x18(%rsp),%rdi
    8e46:	vpmovzxwd (%rdi,%rsi,1),%zmm0
    8e4d:	mov    0x38(%rsp),%rdi
    8e52:	vpmovzxwd (%rdi,%rsi,1),%zmm2
    8e59:	vpslld $0x10,%zmm2,%zmm2
    8e60:	jne    8ea0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1760>
    8e62:	jp     8ea0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1760>
    8e64:	vbroadcastss 0xc1e6(%rip),%zmm5        # 15054 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72c4>
    8e6e:	vmulps %zmm5,%zmm1,%zmm3
    8e74:	vmulps %zmm5,%zmm2,%zmm5
    8e7a:	vpslld $0x11,%zmm4,%zmm4
    8e81:	vpcmpnleud 0xc1cc(%rip){1to16},%zmm4,%k1        # 15058 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72c8>
    8e8c:	vmovaps %zmm1,%zmm5{%k1}
    8e92:	vpxor  %xmm1,%xmm1,%xmm1
    8e96:	vpxor  %xmm4,%xmm4,%xmm4
    8e9a:	jmp    9068 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1928>
    8e9f:	nop
    8ea0:	vmulps 0x880(%rsp),%zmm1,%zmm4
    8ea8:	vbroadcastss 0xc14e(%rip),%zmm5        # 15000 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7270>
    8eb2:	vmaxps %zmm4,%zmm5,%zmm3
    8eb8:	vbroadcastss 0xc142(%rip),%zmm6        # 15004 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7274>
    8ec2:	vminps %zmm3,%zmm6,%zmm3
    8ec8:	vbroadcastss 0xc136(%rip),%zmm6        # 15008 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7278>
    8ed2:	vbroadcastss 0xc130(%rip),%zmm7        # 1500c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x727c>
    8edc:	vmovaps %zmm7,%zmm8
    8ee2:	vpbroadcastd 0xc124(%rip),%zmm9        # 15010 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7280>
    8eec:	vfmadd213ps %zmm6,%zmm3,%zmm8
    8ef2:	vpmaxsd %zmm9,%zmm8,%zmm10
    8ef8:	vpsubd %zmm10,%zmm8,%zmm11
    8efe:	vsubps %zmm8,%zmm6,%zmm8
    8f04:	vfmadd132ps 0xc106(%rip){1to16},%zmm3,%zmm8        # 15014 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7284>
    8f0e:	vbroadcastss 0xc100(%rip),%zmm3        # 15018 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7288>
    8f18:	vfmadd213ps 0xc0fa(%rip){1to16},%zmm8,%zmm3        # 1501c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x728c>
    8f22:	vfmadd213ps 0xc0f4(%rip){1to16},%zmm8,%zmm3        # 15020 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7290>
    8f2c:	vpslld $0x17,%zmm10,%zmm10
    8f33:	vfmadd213ps 0xc0e7(%rip){1to16},%zmm8,%zmm3        # 15024 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7294>
    8f3d:	vmulps %zmm10,%zmm3,%zmm3
    8f43:	vbroadcastss 0xc0db(%rip),%zmm8        # 15028 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7298>
    8f4d:	vaddps %zmm8,%zmm3,%zmm10
    8f53:	vdivps %zmm10,%zmm8,%zmm10
    8f59:	vmulps %zmm10,%zmm3,%zmm3
    8f5f:	vmulps %zmm1,%zmm3,%zmm3
    8f65:	vbroadcastss 0xc0bd(%rip),%zmm10        # 1502c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x729c>
    8f6f:	vcmpeqps %zmm10,%zmm4,%k1
    8f76:	vandps 0xc0b0(%rip){1to16},%zmm1,%zmm3{%k1}        # 15030 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72a0>
    8f80:	vmulps %zmm1,%zmm14,%zmm1
    8f86:	vbroadcastss 0xc0a4(%rip),%zmm4        # 15034 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72a4>
    8f90:	vminps %zmm1,%zmm4,%zmm4
    8f96:	vmaxps %zmm4,%zmm5,%zmm4
    8f9c:	vfmadd213ps %zmm6,%zmm4,%zmm7
    8fa2:	vsubps %zmm7,%zmm6,%zmm5
    8fa8:	vpmaxsd %zmm9,%zmm7,%zmm6
    8fae:	vbroadcastss 0xc080(%rip),%zmm9        # 15038 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72a8>
    8fb8:	vfmadd213ps %zmm4,%zmm5,%zmm9
    8fbe:	vfmadd231ps 0xc074(%rip){1to16},%zmm5,%zmm9        # 1503c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72ac>
    8fc8:	vpslld $0x17,%zmm6,%zmm5
    8fcf:	vmulps %zmm9,%zmm9,%zmm12
    8fd5:	vbroadcastss 0xc061(%rip),%zmm13        # 15040 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72b0>
    8fdf:	vfmadd213ps 0xc05b(%rip){1to16},%zmm9,%zmm13        # 15044 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72b4>
    8fe9:	vfmadd213ps 0xc055(%rip){1to16},%zmm9,%zmm13        # 15048 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72b8>
    8ff3:	vfmadd213ps 0xc04f(%rip){1to16},%zmm9,%zmm13        # 1504c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72bc>
    8ffd:	vfmadd213ps 0xc049(%rip){1to16},%zmm9,%zmm13        # 15050 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72c0>
    9007:	vfmadd213ps 0xc043(%rip){1to16},%zmm9,%zmm13        # 15054 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72c4>
    9011:	vfmadd213ps %zmm9,%zmm12,%zmm13
    9017:	vfmadd213ps %zmm5,%zmm5,%zmm13
    901d:	vpsubd %zmm6,%zmm7,%zmm6
    9023:	vaddps %zmm8,%zmm13,%zmm5
    9029:	vdivps %zmm5,%zmm8,%zmm5
    902f:	vaddps %zmm8,%zmm4,%zmm4
    9035:	vaddps %zmm13,%zmm4,%zmm4
    903b:	vmulps %zmm4,%zmm13,%zmm4
    9041:	vmulps %zmm5,%zmm5,%zmm5
    9047:	vcmpneqps %zmm10,%zmm1,%k1
    904e:	vmulps %zmm5,%zmm4,%zmm1{%k1}{z}
    9054:	vmulps %zmm2,%zmm1,%zmm5
    905a:	vpslld $0x17,%zmm11,%zmm4
    9061:	vpslld $0x17,%zmm6,%zmm1
    9068:	vpslld $0x10,%zmm0,%zmm0
    906f:	vmulps %zmm0,%zmm5,%zmm0
    9075:	vpbroadcastd 0xbfa9(%rip),%zmm6        # 15028 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7298>
    907f:	vpbroadcastd 0xbfd3(%rip),%zmm7        # 1505c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72cc>
    9089:	vucomiss %xmm16,%xmm15
    908f:	vpbroadcastd 0xbfc7(%rip),%zmm8        # 15060 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72d0>
    9099:	vpbroadcastd 0xbfc1(%rip),%zmm5        # 15064 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72d4>
    90a3:	vmulps 0x600(%rsp),%zmm0,%zmm0
    90ab:	vpaddd %zmm6,%zmm1,%zmm9
    90b1:	vpminsd %zmm7,%zmm1,%zmm1
    90b7:	vpmaxsd %zmm8,%zmm9,%zmm9
    90bd:	vmulps %zmm9,%zmm0,%zmm0
    90c3:	vpaddd %zmm5,%zmm1,%zmm1
    90c9:	vmulps %zmm1,%zmm0,%zmm0
    90cf:	jne    90d3 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1993>
    90d1:	jnp    90e7 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x19a7>
    90d3:	vpmovzxwd (%rbx,%rsi,1),%zmm1
    90da:	vpslld $0x10,%zmm1,%zmm1
    90e1:	vfmadd231ps %zmm1,%zmm15,%zmm0
    90e7:	vfpclassps $0x20,%zmm0,%k0
    90ee:	kortestw %k0,%k0
    90f2:	je     9140 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1a00>
    90f4:	vpsrld $0x10,%zmm0,%zmm1
    90fb:	vpandd 0xbf63(%rip){1to16},%zmm1,%zmm1        # 15068 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72d8>
    9105:	vpaddd %zmm1,%zmm0,%zmm1
    910b:	vpaddd 0xbf57(%rip){1to16},%zmm1,%zmm1        # 1506c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72dc>
    9115:	vpaddd %zmm0,%zmm0,%zmm9
    911b:	vpcmpnleud 0xbf32(%rip){1to16},%zmm9,%k1        # 15058 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72c8>
    9126:	vpord  0xbf40(%rip){1to16},%zmm0,%zmm1{%k1}        # 15070 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72e0>
    9130:	vpsrld $0x10,%zmm1,%zmm0
    9137:	vpmovdw %zmm0,%ymm1
    913d:	jmp    914a <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1a0a>
    913f:	nop
    9140:	vcvtneps2bf16 %zmm0,%ymm0
    9146:	vmovdqa %ymm0,%ymm1
    914a:	vmulps %zmm2,%zmm3,%zmm0
    9150:	vmulps 0x600(%rsp),%zmm0,%zmm0
    9158:	vpaddd %zmm6,%zmm4,%zmm2
    915e:	vpminsd %zmm7,%zmm4,%zmm3
    9164:	vpmaxsd %zmm8,%zmm2,%zmm2
    916a:	vmulps %zmm2,%zmm0,%zmm0
    9170:	vpaddd %zmm5,%zmm3,%zmm2
    9176:	vmulps %zmm2,%zmm0,%zmm0
    917c:	vucomiss %xmm16,%xmm15
    9182:	vmovdqa %ymm1,(%rbx,%rdx,2)
    9187:	jne    918b <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1a4b>
    9189:	jnp    919f <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1a5f>
    918b:	vpmovzxwd (%r14,%rsi,1),%zmm1
    9192:	vpslld $0x10,%zmm1,%zmm1
    9199:	vfmadd231ps %zmm1,%zmm15,%zmm0
    919f:	vfpclassps $0x20,%zmm0,%k0
    91a6:	kortestw %k0,%k0
    91aa:	je     8de0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x16a0>
