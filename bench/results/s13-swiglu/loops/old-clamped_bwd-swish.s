    c526:	inc    %rbx
    c529:	add    0x1a8(%rsp),%r14
    c531:	add    0x530(%rsp),%r9
    c539:	add    0xe0(%rsp),%r11
    c541:	add    0xb8(%rsp),%r8
    c549:	add    0x158(%rsp),%r10
    c551:	mov    0x2c0(%rsp),%rcx
    c559:	cmp    %rcx,%rbx
    c55c:	vmovdqa 0x640(%rsp),%ymm0
    c565:	je     cdf1 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4a01>
    c56b:	cmpb   $0x0,0xa00(%rsp)
    c573:	je     c600 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4210>
    c579:	mov    %rbx,%rax
    c57c:	shl    $0x4,%rax
    c580:	cmpq   $0x1,0x1d0(%rsp)
    c589:	jne    c640 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4250>
    c58f:	lea    0x0(,%rax,4),%rcx
    c597:	or     $0x20,%rcx
    c59b:	mov    0x120(%rsp),%rdx
    c5a3:	vmovups (%rdx,%rax,4),%ymm0
    c5a8:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm0,%zmm0
    c5b0:	cmpq   $0x1,0x9e0(%rsp)
    c5b9:	je     c692 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x42a2>
    c5bf:	mov    %r9,%rax
    c5c2:	xor    %ecx,%ecx
    c5c4:	mov    0x5a0(%rsp),%rdx
    c5cc:	nopl   0x0(%rax)
    c5d0:	vmovd  (%rax),%xmm1
    c5d4:	vmovd  %xmm1,(%rdx,%rcx,4)
    c5d9:	inc    %rcx
    c5dc:	add    %r12,%rax
    c5df:	cmp    $0x10,%rcx
    c5e3:	jne    c5d0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x41e0>
    c5e5:	mov    0x1c8(%rsp),%rax
    c5ed:	vmovaps (%rax),%zmm1
    c5f3:	jmp    c6f9 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4309>
    c5f8:	nopl   0x0(%rax,%rax,1)
    c600:	testb  $0xf,0x600(%rsp)
    c608:	je     c6b5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x42c5>
    c60e:	mov    %rbx,%rax
    c611:	shl    $0x7,%rax
    c615:	mov    0x120(%rsp),%rcx
    c61d:	vmovups (%rcx,%rax,1),%zmm1
    c624:	vmovups 0x40(%rcx,%rax,1),%zmm2
    c62c:	jmp    c6d3 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x42e3>
    c631:	data16 data16 data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
    c640:	mov    %r14,%rcx
    c643:	xor    %edx,%edx
    c645:	mov    0x5a8(%rsp),%rsi
    c64d:	mov    0x268(%rsp),%rdi
    c655:	data16 cs nopw 0x0(%rax,%rax,1)
    c660:	vmovd  (%rcx),%xmm0
    c664:	vmovd  %xmm0,(%rsi,%rdx,4)
    c669:	inc    %rdx
    c66c:	add    %rdi,%rcx
    c66f:	cmp    $0x10,%rdx
    c673:	jne    c660 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4270>
    c675:	mov    0x188(%rsp),%rcx
    c67d:	vmovaps (%rcx),%zmm0
    c683:	cmpq   $0x1,0x9e0(%rsp)
    c68c:	jne    c5bf <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x41cf>
    c692:	lea    0x0(,%rax,4),%rcx
    c69a:	or     $0x20,%rcx
    c69e:	mov    0x270(%rsp),%rdx
    c6a6:	vmovups (%rdx,%rax,4),%ymm1
    c6ab:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm1,%zmm1
    c6b3:	jmp    c6f9 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4309>
    c6b5:	mov    %rbx,%rax
    c6b8:	shl    $0x7,%rax
    c6bc:	mov    0x120(%rsp),%rcx
    c6c4:	vmovaps (%rcx,%rax,1),%zmm1
    c6cb:	vmovaps 0x40(%rcx,%rax,1),%zmm2
    c6d3:	vmovaps %zmm1,%zmm0
    c6d9:	vmovaps 0x9f1d(%rip),%zmm3        # 16600 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7510>
    c6e3:	vpermt2ps %zmm2,%zmm3,%zmm0
    c6e9:	vmovaps 0x9f4d(%rip),%zmm3        # 16640 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7550>
    c6f3:	vpermt2ps %zmm2,%zmm3,%zmm1
    c6f9:	mov    %rbx,%rdx
    c6fc:	shl    $0x4,%rdx
    c700:	cmpq   $0x1,0x780(%rsp)
    c709:	mov    %r8,0x60(%rsp)
    c70e:	mov    %r10,0x40(%rsp)
    c713:	mov    %rbx,0x200(%rsp)
    c71b:	mov    %rdx,0x5c0(%rsp)
    c723:	jne    c750 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4360>
    c725:	mov    %r11,%r13
    c728:	mov    %r9,%r12
    c72b:	lea    0x0(,%rdx,4),%rax
    c733:	or     $0x20,%rax
    c737:	mov    0x140(%rsp),%rcx
    c73f:	vmovups (%rcx,%rdx,4),%ymm2
    c744:	vinsertf64x4 $0x1,(%rcx,%rax,1),%zmm2,%zmm2
    c74c:	jmp    c793 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x43a3>
    c74e:	xchg   %ax,%ax
    c750:	mov    %r9,%r12
    c753:	mov    %r11,%r13
    c756:	mov    %r11,%rax
    c759:	xor    %ecx,%ecx
    c75b:	mov    0x5b0(%rsp),%rdx
    c763:	data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
    c770:	vmovd  (%rax),%xmm2
    c774:	vmovd  %xmm2,(%rdx,%rcx,4)
    c779:	inc    %rcx
    c77c:	add    %r15,%rax
    c77f:	cmp    $0x10,%rcx
    c783:	jne    c770 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4380>
    c785:	mov    0x138(%rsp),%rax
    c78d:	vmovaps (%rax),%zmm2
    c793:	vcmpnltps %zmm0,%zmm20,%k1
    c79a:	kmovw  %k1,0x6c0(%rsp)
    c7a3:	vminps %zmm0,%zmm20,%zmm0
    c7a9:	vcmpltps %zmm1,%zmm20,%k0
    c7b0:	kmovw  %k0,0x3c0(%rsp)
    c7b9:	vminps %zmm1,%zmm20,%zmm3
    c7bf:	vmovaps 0xa80(%rsp),%zmm4
    c7c7:	vcmpltps %zmm4,%zmm1,%k1
    c7ce:	kmovw  %k1,0x480(%rsp)
    c7d7:	vmovaps %zmm4,%zmm3{%k1}
    c7dd:	vaddps 0x940(%rsp),%zmm3,%zmm1
    c7e5:	vmovaps %xmm18,%xmm3
    c7eb:	vmovaps 0xac0(%rsp),%zmm4
    c7f3:	mov    0xc8(%rsp),%rbx
    c7fb:	mov    %rbx,%rdi
    c7fe:	call   1000 <gated_dadb_0>
    c803:	kmovw  0x6c0(%rsp),%k1
    c80c:	vmovaps %zmm0,%zmm1{%k1}{z}
    c812:	kmovw  0x3c0(%rsp),%k0
    c81b:	kmovw  0x480(%rsp),%k1
    c824:	korw   %k1,%k0,%k0
    c828:	knotw  %k0,%k1
    c82c:	vmovaps (%rbx),%zmm0{%k1}{z}
    c832:	cmpb   $0x0,0x1b0(%rsp)
    c83a:	je     c8e0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x44f0>
    c840:	vmovaps 0x800(%rsp),%zmm3
    c848:	vucomiss 0x9810(%rip),%xmm3        # 16060 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x6f70>
    c850:	jne    c858 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4468>
    c852:	jnp    c951 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4561>
    c858:	cmpq   $0x1,0xa8(%rsp)
    c861:	vmovaps 0x4c0(%rsp),%zmm18
    c869:	vmovaps 0x680(%rsp),%zmm20
    c871:	mov    %r12,%r9
    c874:	mov    %r13,%r11
    c877:	mov    0x60(%rsp),%r8
    c87c:	jne    ca59 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4669>
    c882:	mov    0x5c0(%rsp),%rdx
    c88a:	lea    0x0(,%rdx,4),%rax
    c892:	or     $0x20,%rax
    c896:	mov    0x440(%rsp),%rcx
    c89e:	vmovups (%rcx,%rdx,4),%ymm2
    c8a3:	vinsertf64x4 $0x1,(%rcx,%rax,1),%zmm2,%zmm2
    c8ab:	mov    0x100(%rsp),%rdi
    c8b3:	mov    0x70(%rsp),%r13
    c8b8:	mov    0x40(%rsp),%r10
    c8bd:	mov    0x78(%rsp),%r12
    c8c2:	mov    0xf8(%rsp),%rsi
    c8ca:	mov    0x200(%rsp),%rbx
    c8d2:	jmp    cab0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x46c0>
    c8d7:	nopw   0x0(%rax,%rax,1)
    c8e0:	vmovaps 0x800(%rsp),%zmm5
    c8e8:	vucomiss 0x9770(%rip),%xmm5        # 16060 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x6f70>
    c8f0:	mov    %r12,%r9
    c8f3:	jne    c8fb <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x450b>
    c8f5:	jnp    ca25 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4635>
    c8fb:	testb  $0xf,0x980(%rsp)
    c903:	vmovaps 0x4c0(%rsp),%zmm18
    c90b:	vmovaps 0x680(%rsp),%zmm20
    c913:	mov    %r13,%r11
    c916:	mov    0x40(%rsp),%r10
    c91b:	mov    0x78(%rsp),%r12
    c920:	mov    0x200(%rsp),%rbx
    c928:	mov    %rbx,%rax
    c92b:	je     cb8a <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x479a>
    c931:	shl    $0x7,%rax
    c935:	mov    0x440(%rsp),%rcx
    c93d:	vmovups (%rcx,%rax,1),%zmm2
    c944:	vmovups 0x40(%rcx,%rax,1),%zmm3
    c94c:	jmp    cba5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x47b5>
    c951:	vmovaps 0x4c0(%rsp),%zmm18
    c959:	vmovaps 0x680(%rsp),%zmm20
    c961:	mov    0x100(%rsp),%rdi
    c969:	mov    %r12,%r9
    c96c:	mov    %r13,%r11
    c96f:	mov    0x70(%rsp),%r13
    c974:	mov    0x60(%rsp),%r8
    c979:	mov    0x40(%rsp),%r10
    c97e:	mov    0x78(%rsp),%r12
    c983:	mov    0xf8(%rsp),%rsi
    c98b:	mov    0x200(%rsp),%rbx
    c993:	cmpq   $0x1,0xa8(%rsp)
    c99c:	je     cac5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x46d5>
    c9a2:	mov    0x250(%rsp),%rax
    c9aa:	vmovaps %zmm1,(%rax)
    c9b0:	mov    %r8,%rax
    c9b3:	xor    %ecx,%ecx
    c9b5:	mov    0x598(%rsp),%rdx
    c9bd:	nopl   (%rax)
    c9c0:	vmovss (%rdx,%rcx,4),%xmm1
    c9c5:	vmovss %xmm1,(%rax)
    c9c9:	inc    %rcx
    c9cc:	add    %rsi,%rax
    c9cf:	cmp    $0x10,%rcx
    c9d3:	jne    c9c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x45d0>
    c9d5:	vucomiss 0x9683(%rip),%xmm3        # 16060 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x6f70>
    c9dd:	jne    c9e5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x45f5>
    c9df:	jnp    caff <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x470f>
    c9e5:	mov    0x700(%rsp),%rsi
    c9ed:	cmp    $0x1,%rsi
    c9f1:	jne    cb13 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4723>
    c9f7:	mov    0x5c0(%rsp),%rdx
    c9ff:	lea    0x0(,%rdx,4),%rax
    ca07:	or     $0x20,%rax
    ca0b:	mov    0x98(%rsp),%rcx
    ca13:	vmovups (%rcx,%rdx,4),%ymm1
    ca18:	vinsertf64x4 $0x1,(%rcx,%rax,1),%zmm1,%zmm1
    ca20:	jmp    cb43 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4753>
    ca25:	vmovaps 0x4c0(%rsp),%zmm18
    ca2d:	vmovaps 0x680(%rsp),%zmm20
    ca35:	mov    %r13,%r11
    ca38:	mov    0x70(%rsp),%r13
    ca3d:	mov    0x60(%rsp),%r8
    ca42:	mov    0x40(%rsp),%r10
    ca47:	mov    0x78(%rsp),%r12
    ca4c:	mov    0x200(%rsp),%rbx
    ca54:	jmp    cbe1 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x47f1>
    ca59:	mov    %r8,%rax
    ca5c:	xor    %ecx,%ecx
    ca5e:	mov    0x580(%rsp),%rdx
    ca66:	mov    0x70(%rsp),%r13
    ca6b:	mov    0x78(%rsp),%r12
    ca70:	mov    0xf8(%rsp),%rsi
    ca78:	mov    0x200(%rsp),%rbx
    ca80:	vmovd  (%rax),%xmm2
    ca84:	vmovd  %xmm2,(%rdx,%rcx,4)
    ca89:	inc    %rcx
    ca8c:	add    %rsi,%rax
    ca8f:	cmp    $0x10,%rcx
    ca93:	jne    ca80 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4690>
    ca95:	mov    0x1b8(%rsp),%rax
    ca9d:	vmovaps (%rax),%zmm2
    caa3:	mov    0x100(%rsp),%rdi
    caab:	mov    0x40(%rsp),%r10
    cab0:	vfmadd231ps %zmm2,%zmm3,%zmm1
    cab6:	cmpq   $0x1,0xa8(%rsp)
    cabf:	jne    c9a2 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x45b2>
    cac5:	mov    %rbx,%rax
    cac8:	shl    $0x6,%rax
    cacc:	mov    0x440(%rsp),%rcx
    cad4:	vextractf32x4 $0x1,%zmm1,0x10(%rcx,%rax,1)
    cadd:	vmovups %xmm1,(%rcx,%rax,1)
    cae2:	vextractf64x4 $0x1,%zmm1,0x20(%rcx,%rax,1)
    caeb:	vucomiss 0x956d(%rip),%xmm3        # 16060 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x6f70>
    caf3:	jne    c9e5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x45f5>
    caf9:	jp     c9e5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x45f5>
    caff:	mov    0x700(%rsp),%rsi
    cb07:	cmp    $0x1,%rsi
    cb0b:	je     c500 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4110>
    cb11:	jmp    cb53 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4763>
    cb13:	mov    %r10,%rax
    cb16:	xor    %ecx,%ecx
    cb18:	mov    0x578(%rsp),%rdx
    cb20:	vmovd  (%rax),%xmm1
    cb24:	vmovd  %xmm1,(%rdx,%rcx,4)
    cb29:	inc    %rcx
    cb2c:	add    %rdi,%rax
    cb2f:	cmp    $0x10,%rcx
    cb33:	jne    cb20 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4730>
    cb35:	mov    0x430(%rsp),%rax
    cb3d:	vmovaps (%rax),%zmm1
    cb43:	vfmadd231ps %zmm1,%zmm3,%zmm0
    cb49:	cmp    $0x1,%rsi
    cb4d:	je     c500 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4110>
    cb53:	mov    0x238(%rsp),%rax
    cb5b:	vmovaps %zmm0,(%rax)
    cb61:	mov    %r10,%rax
    cb64:	xor    %ecx,%ecx
    cb66:	mov    0x590(%rsp),%rdx
    cb6e:	xchg   %ax,%ax
    cb70:	vmovss (%rdx,%rcx,4),%xmm0
    cb75:	vmovss %xmm0,(%rax)
    cb79:	inc    %rcx
    cb7c:	add    %rdi,%rax
    cb7f:	cmp    $0x10,%rcx
    cb83:	jne    cb70 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4780>
    cb85:	jmp    c526 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4136>
    cb8a:	shl    $0x7,%rax
    cb8e:	mov    0x440(%rsp),%rcx
    cb96:	vmovaps (%rcx,%rax,1),%zmm2
    cb9d:	vmovaps 0x40(%rcx,%rax,1),%zmm3
    cba5:	mov    0x70(%rsp),%r13
    cbaa:	mov    0x60(%rsp),%r8
    cbaf:	vmovaps %zmm2,%zmm4
    cbb5:	vmovaps 0x9a41(%rip),%zmm6        # 16600 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7510>
    cbbf:	vpermt2ps %zmm3,%zmm6,%zmm4
    cbc5:	vmovaps 0x9a71(%rip),%zmm6        # 16640 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7550>
    cbcf:	vpermt2ps %zmm3,%zmm6,%zmm2
    cbd5:	vfmadd231ps %zmm4,%zmm5,%zmm1
    cbdb:	vfmadd231ps %zmm2,%zmm5,%zmm0
    cbe1:	vunpcklps %xmm0,%xmm1,%xmm2
    cbe5:	vinsertf128 $0x1,%xmm0,%ymm2,%ymm3
    cbeb:	vmovaps %ymm2,%ymm4
    cbef:	vmovapd 0xa489(%rip),%ymm5        # 17080 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7f90>
    cbf7:	vpermt2pd %ymm1,%ymm5,%ymm4
    cbfd:	vmovaps 0xa49b(%rip),%ymm5        # 170a0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7fb0>
    cc05:	vpermt2ps %ymm0,%ymm5,%ymm4
    cc0b:	vmovaps 0xa4ad(%rip),%ymm5        # 170c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7fd0>
    cc13:	vpermt2ps %ymm1,%ymm5,%ymm4
    cc19:	vblendps $0x88,%ymm3,%ymm4,%ymm4
    cc1f:	vshuff64x2 $0x14,%zmm1,%zmm4,%zmm3
    cc26:	vmovaps 0x9a50(%rip),%zmm5        # 16680 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7590>
    cc30:	vpermt2ps %zmm0,%zmm5,%zmm3
    cc36:	vmovaps 0x9a80(%rip),%zmm5        # 166c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x75d0>
    cc40:	vpermt2ps %zmm1,%zmm5,%zmm3
    cc46:	vmovaps 0x9ab0(%rip),%zmm5        # 16700 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7610>
    cc50:	vpermt2ps %zmm0,%zmm5,%zmm3
    cc56:	vmovapd 0x9ae0(%rip),%zmm5        # 16740 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7650>
    cc60:	vpermt2pd %zmm1,%zmm5,%zmm3
    cc66:	vmovaps 0x9b10(%rip),%zmm5        # 16780 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7690>
    cc70:	vpermt2ps %zmm0,%zmm5,%zmm3
    cc76:	vmovaps 0x9b40(%rip),%zmm5        # 167c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x76d0>
    cc80:	vpermt2ps %zmm1,%zmm5,%zmm3
    cc86:	vmovaps 0x9b70(%rip),%zmm5        # 16800 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7710>
    cc90:	vpermt2ps %zmm0,%zmm5,%zmm3
    cc96:	vunpcklps %zmm0,%zmm1,%zmm5
    cc9c:	vextractf64x4 $0x1,%zmm5,%ymm5
    cca3:	vmovaps %zmm5,%zmm6
    cca9:	vmovapd 0xa42f(%rip),%ymm7        # 170e0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7ff0>
    ccb1:	vpermt2pd %zmm1,%zmm7,%zmm6
    ccb7:	vmovaps 0xa441(%rip),%ymm7        # 17100 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x8010>
    ccbf:	vpermt2ps %zmm0,%zmm7,%zmm6
    ccc5:	vmovaps 0xa453(%rip),%ymm7        # 17120 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x8030>
    cccd:	vpermt2ps %zmm1,%zmm7,%zmm6
    ccd3:	vmovaps 0xa465(%rip),%ymm7        # 17140 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x8050>
    ccdb:	vpermt2ps %zmm0,%zmm7,%zmm6
    cce1:	vshuff64x2 $0x34,%zmm1,%zmm6,%zmm7
    cce8:	vmovaps 0x9b4e(%rip),%zmm8        # 16840 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7750>
    ccf2:	vpermt2ps %zmm0,%zmm8,%zmm7
    ccf8:	vmovaps 0x9b7e(%rip),%zmm8        # 16880 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7790>
    cd02:	vpermt2ps %zmm1,%zmm8,%zmm7
    cd08:	vmovaps 0x9bae(%rip),%zmm8        # 168c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x77d0>
    cd12:	vpermt2ps %zmm0,%zmm8,%zmm7
    cd18:	vmovapd 0x9bde(%rip),%zmm8        # 16900 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7810>
    cd22:	vpermt2pd %zmm1,%zmm8,%zmm7
    cd28:	vmovaps 0x9c0e(%rip),%zmm8        # 16940 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7850>
    cd32:	vpermt2ps %zmm0,%zmm8,%zmm7
    cd38:	vmovaps 0x9c3e(%rip),%zmm8        # 16980 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7890>
    cd42:	vpermt2ps %zmm1,%zmm8,%zmm7
    cd48:	vmovaps 0x9c6e(%rip),%zmm1        # 169c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x78d0>
    cd52:	vpermt2ps %zmm0,%zmm1,%zmm7
    cd58:	testb  $0xf,0x980(%rsp)
    cd60:	je     cda5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x49b5>
    cd62:	mov    %rbx,%rax
    cd65:	shl    $0x7,%rax
    cd69:	mov    0x440(%rsp),%rcx
    cd71:	vextractf32x4 $0x1,%zmm4,0x10(%rcx,%rax,1)
    cd7a:	vmovups %xmm2,(%rcx,%rax,1)
    cd7f:	vextractf64x4 $0x1,%zmm3,0x20(%rcx,%rax,1)
    cd88:	vextractf32x4 $0x1,%zmm6,0x50(%rcx,%rax,1)
    cd91:	vmovups %xmm5,0x40(%rcx,%rax,1)
    cd97:	vextractf64x4 $0x1,%zmm7,0x60(%rcx,%rax,1)
    cda0:	jmp    c526 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4136>
