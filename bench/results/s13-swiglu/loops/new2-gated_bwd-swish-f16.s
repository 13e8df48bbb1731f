    9350:	vcvtps2ph $0x0,%zmm0,(%r11,%rdx,2)
    9358:	inc    %r9
    935b:	cmp    %rcx,%r9
    935e:	je     92c0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x13c0>
    9364:	mov    %r9,%rdx
    9367:	shl    $0x4,%rdx
    936b:	xor    %esi,%esi
    936d:	nopl   (%rax)
    9370:	mov    (%rax,%rsi,8),%rdi
    9374:	prefetcht0 (%rdi,%rdx,2)
    9378:	inc    %rsi
    937b:	cmp    $0x3,%rsi
    937f:	jne    9370 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1470>
    9381:	mov    0x180(%rsp),%rsi
    9389:	vcvtph2ps (%rsi,%rdx,2),%zmm2
    9390:	mov    0x38(%rsp),%rsi
    9395:	vcvtph2ps (%rsi,%rdx,2),%zmm1
    939c:	mov    0x30(%rsp),%rsi
    93a1:	vcvtph2ps (%rsi,%rdx,2),%zmm0
    93a8:	vucomiss %xmm15,%xmm13
    93ad:	jne    93b5 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x14b5>
    93af:	jnp    94f0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x15f0>
    93b5:	vmulps %zmm2,%zmm13,%zmm3
    93bb:	vbroadcastss 0xcc47(%rip),%zmm4        # 1600c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x715c>
    93c5:	vminps %zmm3,%zmm4,%zmm4
    93cb:	vbroadcastss 0xcc3b(%rip),%zmm5        # 16010 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7160>
    93d5:	vbroadcastss 0xcc35(%rip),%zmm6        # 16014 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7164>
    93df:	vbroadcastss 0xcc2f(%rip),%zmm7        # 16018 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7168>
    93e9:	vmaxps %zmm4,%zmm5,%zmm4
    93ef:	vfmadd213ps %zmm6,%zmm4,%zmm7
    93f5:	vsubps %zmm7,%zmm6,%zmm5
    93fb:	vpmaxsd 0xcc17(%rip){1to16},%zmm7,%zmm6        # 1601c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x716c>
    9405:	vpslld $0x17,%zmm6,%zmm8
    940c:	vbroadcastss 0xcc0a(%rip),%zmm9        # 16020 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7170>
    9416:	vfmadd213ps %zmm4,%zmm5,%zmm9
    941c:	vfmadd231ps 0xcbfe(%rip){1to16},%zmm5,%zmm9        # 16024 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7174>
    9426:	vmulps %zmm9,%zmm9,%zmm5
    942c:	vbroadcastss 0xcbf2(%rip),%zmm10        # 16028 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7178>
    9436:	vfmadd213ps 0xcbec(%rip){1to16},%zmm9,%zmm10        # 1602c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x717c>
    9440:	vfmadd213ps 0xcbe6(%rip){1to16},%zmm9,%zmm10        # 16030 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7180>
    944a:	vfmadd213ps 0xcbe0(%rip){1to16},%zmm9,%zmm10        # 16034 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7184>
    9454:	vfmadd213ps 0xcbda(%rip){1to16},%zmm9,%zmm10        # 16038 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7188>
    945e:	vfmadd213ps 0xcb98(%rip){1to16},%zmm9,%zmm10        # 16000 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7150>
    9468:	vfmadd213ps %zmm9,%zmm5,%zmm10
    946e:	vfmadd213ps %zmm8,%zmm8,%zmm10
    9474:	vpsubd %zmm6,%zmm7,%zmm5
    947a:	vbroadcastss 0xcb84(%rip),%zmm6        # 16008 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7158>
    9484:	vaddps %zmm6,%zmm10,%zmm7
    948a:	vdivps %zmm7,%zmm6,%zmm7
    9490:	vcmpeqps 0xcba1(%rip){1to16},%zmm3,%k1        # 1603c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x718c>
    949b:	vmulps %zmm7,%zmm10,%zmm3
    94a1:	vmulps %zmm3,%zmm2,%zmm3
    94a7:	vandps 0xcb8f(%rip){1to16},%zmm2,%zmm3{%k1}        # 16040 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7190>
    94b1:	vpmaxsd 0xcb89(%rip){1to16},%zmm5,%zmm2        # 16044 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7194>
    94bb:	vaddps %zmm6,%zmm4,%zmm4
    94c1:	vaddps %zmm10,%zmm4,%zmm4
    94c7:	vmulps %zmm4,%zmm10,%zmm4
    94cd:	vmulps %zmm7,%zmm7,%zmm5
    94d3:	vmulps %zmm5,%zmm4,%zmm4
    94d9:	vmovaps 0xd59d(%rip),%zmm4{%k1}        # 16a80 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7bd0>
    94e3:	vmulps %zmm4,%zmm0,%zmm4
    94e9:	jmp    9521 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1621>
    94eb:	nopl   0x0(%rax,%rax,1)
    94f0:	vbroadcastss 0xcb06(%rip),%zmm4        # 16000 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7150>
    94fa:	vmulps %zmm4,%zmm2,%zmm3
    9500:	vmulps %zmm4,%zmm0,%zmm4
    9506:	vpaddd %zmm2,%zmm2,%zmm5
    950c:	vpcmpnleud 0xcaed(%rip){1to16},%zmm5,%k1        # 16004 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7154>
    9517:	vmovaps %zmm2,%zmm4{%k1}
    951d:	vpxor  %xmm2,%xmm2,%xmm2
    9521:	vmulps %zmm4,%zmm1,%zmm4
    9527:	vucomiss %xmm15,%xmm14
    952c:	vpslld $0x17,%zmm2,%zmm1
    9533:	vpaddd 0xcacb(%rip){1to16},%zmm1,%zmm1        # 16008 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7158>
    953d:	vmulps 0x640(%rsp),%zmm4,%zmm2
    9545:	vmulps %zmm1,%zmm2,%zmm2
    954b:	jne    954f <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x164f>
    954d:	jnp    955c <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x165c>
    954f:	vcvtph2ps (%rbx,%rdx,2),%zmm4
    9556:	vfmadd231ps %zmm4,%zmm14,%zmm2
    955c:	vmulps %zmm3,%zmm0,%zmm0
    9562:	vmulps 0x640(%rsp),%zmm0,%zmm0
    956a:	vmulps %zmm1,%zmm0,%zmm0
    9570:	vcvtps2ph $0x0,%zmm2,(%rbx,%rdx,2)
    9578:	vucomiss %xmm15,%xmm14
    957d:	jne    9585 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1685>
    957f:	jnp    9350 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1450>
