    d326:	vmovaps %zmm0,0x0(%r13,%rsi,1)
    d32e:	add    $0x40,%r13
    d332:	add    $0x40,%rdx
    d336:	add    $0x40,%rcx
    d33a:	add    $0x40,%rbx
    d33e:	add    $0x40,%rax
    d342:	add    $0x40,%rdi
    d346:	add    $0x40,%r14
    d34a:	add    $0x40,%r11
    d34e:	dec    %r10
    d351:	je     d260 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x58d0>
    d357:	prefetcht0 (%r11,%rsi,1)
    d35c:	prefetcht0 (%r14,%rsi,1)
    d361:	prefetcht0 (%rdi,%rsi,1)
    d365:	vmovaps (%rax,%rsi,1),%zmm0
    d36c:	vandps 0xa00(%rsp),%zmm0,%zmm2
    d374:	vcmpgtps 0x900(%rsp),%zmm2,%k1
    d37d:	vxorps %xmm18,%xmm18,%xmm18
    d383:	vmovaps %zmm18,%zmm2{%k1}
    d389:	vmulps %zmm2,%zmm2,%zmm3
    d38f:	vmovaps 0x740(%rsp),%zmm9
    d397:	vaddps %zmm9,%zmm2,%zmm6
    d39d:	vmovaps 0x8c0(%rsp),%zmm10
    d3a5:	vaddps %zmm10,%zmm6,%zmm1
    d3ab:	vsubps %zmm1,%zmm2,%zmm4
    d3b1:	vmovaps %zmm2,%zmm8
    d3b7:	vfnmadd213ps %zmm3,%zmm2,%zmm8
    d3bd:	vmovaps 0x640(%rsp),%zmm5
    d3c5:	vmovaps %zmm5,%zmm1
    d3cb:	vfmadd231ps 0x840(%rsp),%zmm3,%zmm1
    d3d3:	vsubps %zmm1,%zmm5,%zmm5
    d3d9:	vmulps 0x340(%rsp),%zmm5,%zmm7
    d3e1:	vfmadd231ps 0x440(%rsp),%zmm3,%zmm7
    d3e9:	vdivps %zmm6,%zmm9,%zmm9
    d3ef:	vfmadd213ps %zmm10,%zmm9,%zmm6
    d3f5:	vaddps 0x800(%rsp),%zmm9,%zmm3
    d3fd:	vfmadd231ps %zmm4,%zmm9,%zmm6
    d403:	vfmadd231ps 0x880(%rsp),%zmm5,%zmm8
    d40b:	vmovaps 0x580(%rsp),%zmm4
    d413:	vfmadd213ps 0x400(%rsp),%zmm3,%zmm4
    d41b:	vfmadd213ps 0x700(%rsp),%zmm3,%zmm4
    d423:	vfmadd213ps %zmm8,%zmm6,%zmm4
    d429:	vmovaps 0x940(%rsp),%zmm17
    d431:	vfmadd213ps %zmm7,%zmm17,%zmm4
    d437:	vmulps %zmm4,%zmm4,%zmm5
    d43d:	vmovaps 0xa80(%rsp),%zmm10
    d445:	vfmadd213ps 0xa40(%rsp),%zmm4,%zmm10
    d44d:	vfmadd213ps 0x9c0(%rsp),%zmm4,%zmm10
    d455:	vfmadd213ps 0x980(%rsp),%zmm4,%zmm10
    d45d:	vfmadd213ps %zmm17,%zmm4,%zmm10
    d463:	vmovaps 0x7c0(%rsp),%zmm11
    d46b:	vfmadd213ps 0x780(%rsp),%zmm3,%zmm11
    d473:	vfmadd213ps 0x7bff(%rip){1to16},%zmm3,%zmm11        # 1507c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x71fc>
    d47d:	vfmadd213ps 0x7bf9(%rip){1to16},%zmm3,%zmm11        # 15080 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7200>
    d487:	vfmadd213ps 0x7bf3(%rip){1to16},%zmm3,%zmm11        # 15084 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7204>
    d491:	vfmadd213ps 0x7bed(%rip){1to16},%zmm3,%zmm11        # 15088 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7208>
    d49b:	vfmadd213ps 0x7be7(%rip){1to16},%zmm3,%zmm11        # 1508c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x720c>
    d4a5:	vfmadd213ps 0x7be1(%rip){1to16},%zmm3,%zmm11        # 15090 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7210>
    d4af:	vfmadd213ps 0x7bdb(%rip){1to16},%zmm3,%zmm11        # 15094 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7214>
    d4b9:	vbroadcastss 0x7bd5(%rip),%zmm12        # 15098 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7218>
    d4c3:	vmulps %zmm10,%zmm5,%zmm5
    d4c9:	vmovaps %zmm3,%zmm10
    d4cf:	vfmadd213ps %zmm12,%zmm11,%zmm10
    d4d5:	vsubps %zmm10,%zmm12,%zmm12
    d4db:	vfmadd231ps %zmm11,%zmm3,%zmm12
    d4e1:	vbroadcastss 0x7bb1(%rip),%zmm11        # 1509c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x721c>
    d4eb:	vmovaps %zmm3,%zmm13
    d4f1:	vfmadd213ps %zmm11,%zmm10,%zmm13
    d4f7:	vsubps %zmm13,%zmm11,%zmm11
    d4fd:	vfmadd231ps %zmm10,%zmm3,%zmm11
    d503:	vaddps 0x7b93(%rip){1to16},%zmm11,%zmm10        # 150a0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7220>
    d50d:	vfmadd231ps %zmm12,%zmm3,%zmm10
    d513:	vfmadd231ps %zmm5,%zmm13,%zmm10
    d519:	vmulps %zmm9,%zmm2,%zmm5
    d51f:	vfmsub213ps %zmm5,%zmm2,%zmm9
    d525:	vfmadd231ps %zmm4,%zmm13,%zmm10
    d52b:	vmulps %zmm13,%zmm9,%zmm11
    d531:	vfmadd231ps %zmm10,%zmm5,%zmm11
    d537:	vfmadd231ps %zmm13,%zmm5,%zmm11
    d53d:	vpmaxsd 0x7b5d(%rip){1to16},%zmm1,%zmm9        # 150a4 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7224>
    d547:	vpslld $0x17,%zmm9,%zmm10
    d54e:	vbroadcastss 0x7b50(%rip),%zmm5        # 150a8 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7228>
    d558:	vpmovd2m %zmm0,%k2
    d55e:	vblendmps %zmm5,%zmm0,%zmm4{%k2}
    d564:	vfmadd231ps %zmm10,%zmm11,%zmm4
    d56a:	vbroadcastss 0x7b3c(%rip),%zmm10        # 150b0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7230>
    d574:	vfmadd213ps 0x7b36(%rip){1to16},%zmm3,%zmm10        # 150b4 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7234>
    d57e:	vfmadd213ps 0x7b30(%rip){1to16},%zmm3,%zmm10        # 150b8 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7238>
    d588:	vfmadd213ps %zmm8,%zmm6,%zmm10
    d58e:	vmovaps %zmm17,%zmm6
    d594:	vfmadd213ps %zmm7,%zmm10,%zmm6
    d59a:	vsubps %zmm6,%zmm7,%zmm7
    d5a0:	vfmadd231ps %zmm10,%zmm17,%zmm7
    d5a6:	vbroadcastss 0x7b0c(%rip),%zmm8        # 150bc <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x723c>
    d5b0:	vfmadd213ps 0x7b06(%rip){1to16},%zmm6,%zmm8        # 150c0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7240>
    d5ba:	vfmadd213ps 0x7b00(%rip){1to16},%zmm6,%zmm8        # 150c4 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7244>
    d5c4:	vfmadd213ps 0x7afa(%rip){1to16},%zmm6,%zmm8        # 150c8 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7248>
    d5ce:	vfmadd213ps 0x7af4(%rip){1to16},%zmm6,%zmm8        # 150cc <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x724c>
    d5d8:	vmulps %zmm6,%zmm6,%zmm10
    d5de:	vfmadd213ps %zmm17,%zmm6,%zmm8
    d5e4:	vbroadcastss 0x7ae2(%rip),%zmm11        # 150d0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7250>
    d5ee:	vfmadd213ps 0x7adc(%rip){1to16},%zmm3,%zmm11        # 150d4 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7254>
    d5f8:	vfmadd213ps 0x7ad6(%rip){1to16},%zmm3,%zmm11        # 150d8 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7258>
    d602:	vfmadd213ps 0x7ad0(%rip){1to16},%zmm3,%zmm11        # 150dc <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x725c>
    d60c:	vfmadd213ps 0x7aca(%rip){1to16},%zmm3,%zmm11        # 150e0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7260>
    d616:	vfmadd213ps 0x7ac4(%rip){1to16},%zmm3,%zmm11        # 150e4 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7264>
    d620:	vfmadd213ps 0x7abe(%rip){1to16},%zmm3,%zmm11        # 150e8 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7268>
    d62a:	vfmadd213ps 0x7ab8(%rip){1to16},%zmm3,%zmm11        # 150ec <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x726c>
    d634:	vfmadd213ps %zmm7,%zmm10,%zmm8
    d63a:	vfmadd213ps 0x7aac(%rip){1to16},%zmm3,%zmm11        # 150f0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7270>
    d644:	vbroadcastss 0x7aa6(%rip),%zmm7        # 150f4 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7274>
    d64e:	vmovaps %zmm3,%zmm10
    d654:	vfmadd213ps %zmm7,%zmm11,%zmm10
    d65a:	vsubps %zmm10,%zmm7,%zmm7
    d660:	vfmadd231ps %zmm11,%zmm3,%zmm7
    d666:	vbroadcastss 0x7a8c(%rip),%zmm3        # 150fc <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x727c>
    d670:	vsubps %zmm2,%zmm3,%zmm11
    d676:	vsubps %zmm11,%zmm3,%zmm3
    d67c:	vsubps %zmm2,%zmm3,%zmm2
    d682:	vaddps 0x7a6c(%rip){1to16},%zmm7,%zmm3        # 150f8 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7278>
    d68c:	vfmadd231ps %zmm8,%zmm10,%zmm3
    d692:	vaddps 0x7a64(%rip){1to16},%zmm2,%zmm2        # 15100 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7280>
    d69c:	vfmadd231ps %zmm6,%zmm10,%zmm3
    d6a2:	vaddps %zmm3,%zmm10,%zmm6
    d6a8:	vmulps %zmm6,%zmm2,%zmm2
    d6ae:	vfmadd231ps %zmm3,%zmm11,%zmm2
    d6b4:	vpmaxsd 0x7a46(%rip){1to16},%zmm1,%zmm3        # 15104 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7284>
    d6be:	vfmadd231ps %zmm10,%zmm11,%zmm2
    d6c4:	vpslld $0x17,%zmm3,%zmm6
    d6cb:	vmulps %zmm6,%zmm2,%zmm2
    d6d1:	vpsubd %zmm9,%zmm1,%zmm6
    d6d7:	vcmpltps %zmm0,%zmm18,%k3
    d6de:	vpsubd %zmm3,%zmm1,%zmm1
    d6e4:	vbroadcastss 0x7a1a(%rip),%zmm3        # 15108 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7288>
    d6ee:	vsubps %zmm2,%zmm3,%zmm2{%k3}
    d6f4:	knotw  %k3,%k3
    d6f8:	vmovdqa32 %zmm1,%zmm1{%k3}{z}
    d6fe:	vcmpltps %zmm18,%zmm0,%k3
    d705:	vbroadcastss 0x79fd(%rip),%zmm3{%k3}        # 1510c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x728c>
    d70f:	vmovaps %zmm3,%zmm2{%k1}
    d715:	vpbroadcastd 0x79f1(%rip),%zmm3{%k3}{z}        # 15110 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7290>
    d71f:	vmovdqa32 %zmm3,%zmm1{%k1}
    d725:	vpandd 0x79e5(%rip){1to16},%zmm0,%zmm0        # 15114 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7294>
    d72f:	vpcmpeqd 0x79df(%rip){1to16},%zmm0,%k1{%k3}        # 15118 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7298>
    d739:	vmovaps (%rcx,%rsi,1),%zmm0
    d740:	vmovaps %zmm5,%zmm2{%k1}
    d746:	vpbroadcastd 0x795c(%rip),%zmm3        # 150ac <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x722c>
    d750:	vpmaxsd %zmm3,%zmm6,%zmm5
    d756:	vmulps %zmm2,%zmm0,%zmm2
    d75c:	vmulps %zmm4,%zmm0,%zmm0
    d762:	vpslld $0x17,%zmm5,%zmm4
    d769:	vpbroadcastd 0x7995(%rip),%zmm5        # 15108 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7288>
    d773:	vpmaxsd %zmm3,%zmm1,%zmm3
    d779:	vpsubd %zmm3,%zmm1,%zmm1
    d77f:	vpslld $0x17,%zmm3,%zmm3
    d786:	vpaddd %zmm5,%zmm3,%zmm3
    d78c:	vpslld $0x17,%zmm1,%zmm1
    d793:	vpaddd %zmm5,%zmm1,%zmm1
    d799:	vpaddd %zmm5,%zmm4,%zmm5{%k2}
    d79f:	vmulps %zmm0,%zmm14,%zmm0
    d7a5:	vmulps %zmm5,%zmm0,%zmm0
    d7ab:	vmulps (%rbx,%rsi,1),%zmm2,%zmm2
    d7b2:	vmulps %zmm2,%zmm14,%zmm2
    d7b8:	vmulps %zmm3,%zmm2,%zmm2
    d7be:	vmulps %zmm1,%zmm2,%zmm1
    d7c4:	vucomiss %xmm16,%xmm15
    d7ca:	jne    d310 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x5980>
    d7d0:	jp     d310 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x5980>
    d7d6:	vmovaps %zmm1,(%rdx,%rsi,1)
    d7dd:	jmp    d326 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x5996>
