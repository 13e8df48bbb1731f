    cedb:	inc    %rdx
    cede:	add    0x150(%rsp),%r11
    cee6:	add    0x130(%rsp),%r13
    ceee:	mov    0x640(%rsp),%rdi
    cef6:	add    0xe8(%rsp),%rdi
    cefe:	mov    0xd0(%rsp),%rax
    cf06:	add    %rax,0xc0(%rsp)
    cf0e:	mov    0x300(%rsp),%rax
    cf16:	add    0x108(%rsp),%rax
    cf1e:	mov    %rax,0x300(%rsp)
    cf26:	cmp    %rsi,%rdx
    cf29:	mov    0x60(%rsp),%rax
    cf2e:	je     d81c <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4c8c>
    cf34:	cmpb   $0x0,0x110(%rsp)
    cf3c:	mov    %rdx,0x30(%rsp)
    cf41:	mov    %r13,0x480(%rsp)
    cf49:	je     cfe0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4450>
    cf4f:	mov    %rdx,%rax
    cf52:	shl    $0x4,%rax
    cf56:	cmpq   $0x1,0x290(%rsp)
    cf5f:	jne    d020 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4490>
    cf65:	lea    0x0(,%rax,4),%rcx
    cf6d:	or     $0x20,%rcx
    cf71:	mov    0x88(%rsp),%rdx
    cf79:	vmovups (%rdx,%rax,4),%ymm0
    cf7e:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm0,%zmm0
    cf86:	cmpq   $0x1,0x140(%rsp)
    cf8f:	je     d072 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x44e2>
    cf95:	xor    %ecx,%ecx
    cf97:	mov    0x618(%rsp),%rdx
    cf9f:	mov    0x248(%rsp),%rsi
    cfa7:	nopw   0x0(%rax,%rax,1)
    cfb0:	vmovd  0x0(%r13),%xmm1
    cfb6:	vmovd  %xmm1,(%rdx,%rcx,4)
    cfbb:	inc    %rcx
    cfbe:	add    %rsi,%r13
    cfc1:	cmp    $0x10,%rcx
    cfc5:	jne    cfb0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4420>
    cfc7:	mov    0x5c0(%rsp),%rax
    cfcf:	vmovaps (%rax),%zmm1
    cfd5:	jmp    d093 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4503>
    cfda:	nopw   0x0(%rax,%rax,1)
    cfe0:	testb  $0xf,0x6a0(%rsp)
    cfe8:	je     d09a <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x450a>
    cfee:	mov    %rdx,%rax
    cff1:	shl    $0x7,%rax
    cff5:	mov    0x88(%rsp),%rcx
    cffd:	vmovups (%rcx,%rax,1),%zmm1
    d004:	vmovups 0x40(%rcx,%rax,1),%zmm2
    d00c:	jmp    d0b8 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4528>
    d011:	data16 data16 data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
    d020:	mov    %r11,%rcx
    d023:	xor    %edx,%edx
    d025:	mov    0x3a0(%rsp),%rsi
    d02d:	mov    0x250(%rsp),%rbx
    d035:	data16 cs nopw 0x0(%rax,%rax,1)
    d040:	vmovd  (%rcx),%xmm0
    d044:	vmovd  %xmm0,(%rsi,%rdx,4)
    d049:	inc    %rdx
    d04c:	add    %rbx,%rcx
    d04f:	cmp    $0x10,%rdx
    d053:	jne    d040 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x44b0>
    d055:	mov    0x470(%rsp),%rcx
    d05d:	vmovaps (%rcx),%zmm0
    d063:	cmpq   $0x1,0x140(%rsp)
    d06c:	jne    cf95 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4405>
    d072:	lea    0x0(,%rax,4),%rcx
    d07a:	or     $0x20,%rcx
    d07e:	mov    0x258(%rsp),%rdx
    d086:	vmovups (%rdx,%rax,4),%ymm1
    d08b:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm1,%zmm1
    d093:	mov    0x30(%rsp),%rdx
    d098:	jmp    d0de <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x454e>
    d09a:	mov    %rdx,%rax
    d09d:	shl    $0x7,%rax
    d0a1:	mov    0x88(%rsp),%rcx
    d0a9:	vmovaps (%rcx,%rax,1),%zmm1
    d0b0:	vmovaps 0x40(%rcx,%rax,1),%zmm2
    d0b8:	vmovaps %zmm1,%zmm0
    d0be:	vmovaps 0x9578(%rip),%zmm5        # 16640 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7380>
    d0c8:	vpermt2ps %zmm2,%zmm5,%zmm0
    d0ce:	vmovaps 0x95a8(%rip),%zmm5        # 16680 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x73c0>
    d0d8:	vpermt2ps %zmm2,%zmm5,%zmm1
    d0de:	mov    %rdx,%r13
    d0e1:	shl    $0x4,%r13
    d0e5:	cmpq   $0x1,0x98(%rsp)
    d0ee:	mov    %r11,0x700(%rsp)
    d0f6:	mov    %rdi,0x640(%rsp)
    d0fe:	jne    d130 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x45a0>
    d100:	lea    0x0(,%r13,4),%rax
    d108:	or     $0x20,%rax
    d10c:	mov    0x268(%rsp),%rcx
    d114:	vmovups (%rcx,%r13,4),%ymm2
    d11a:	vinsertf64x4 $0x1,(%rcx,%rax,1),%zmm2,%zmm2
    d122:	jmp    d164 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x45d4>
    d124:	data16 data16 cs nopw 0x0(%rax,%rax,1)
    d130:	mov    %rdi,%rax
    d133:	xor    %ecx,%ecx
    d135:	data16 cs nopw 0x0(%rax,%rax,1)
    d140:	vmovss (%rax),%xmm2
    d144:	vmovss %xmm2,(%r12,%rcx,4)
    d14a:	inc    %rcx
    d14d:	add    %r14,%rax
    d150:	cmp    $0x10,%rcx
    d154:	jne    d140 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x45b0>
    d156:	mov    0x260(%rsp),%rax
    d15e:	vmovaps (%rax),%zmm2
    d164:	vcmpnltps %zmm0,%zmm6,%k1
    d16b:	kmovw  %k1,0x68(%rsp)
    d171:	vminps %zmm0,%zmm6,%zmm0
    d177:	vcmpltps %zmm1,%zmm6,%k0
    d17e:	kmovw  %k0,0x80(%rsp)
    d187:	vminps %zmm1,%zmm6,%zmm5
    d18d:	vcmpltps %zmm7,%zmm1,%k1
    d194:	kmovw  %k1,0x540(%rsp)
    d19d:	vmovaps %zmm7,%zmm5{%k1}
    d1a3:	vaddps %zmm9,%zmm5,%zmm1
    d1a9:	mov    0x100(%rsp),%r12
    d1b1:	mov    %r12,%rdi
    d1b4:	call   1f80 <gated_dadb_0>
    d1b9:	kmovw  0x68(%rsp),%k1
    d1bf:	vmovaps %zmm0,%zmm1{%k1}{z}
    d1c5:	kmovw  0x80(%rsp),%k0
    d1ce:	kmovw  0x540(%rsp),%k1
    d1d7:	korw   %k1,%k0,%k0
    d1db:	knotw  %k0,%k1
    d1df:	vmovaps (%r12),%zmm0{%k1}{z}
    d1e6:	cmpb   $0x0,0x160(%rsp)
    d1ee:	je     d280 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x46f0>
    d1f4:	vmovaps 0x6c0(%rsp),%zmm8
    d1fc:	vucomiss 0x8e58(%rip),%xmm8        # 1605c <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x6d9c>
    d204:	jne    d20c <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x467c>
    d206:	jnp    d2f8 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4768>
    d20c:	cmpq   $0x1,0x90(%rsp)
    d215:	vmovss 0x2c(%rsp),%xmm3
    d21b:	vmovss 0x28(%rsp),%xmm4
    d221:	vmovaps 0x500(%rsp),%zmm6
    d229:	vmovaps 0x400(%rsp),%zmm7
    d231:	vmovaps 0x4c0(%rsp),%zmm9
    d239:	mov    0xc8(%rsp),%r12
    d241:	mov    0x2d8(%rsp),%rsi
    d249:	mov    0xb8(%rsp),%r8
    d251:	jne    d43a <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x48aa>
    d257:	lea    0x0(,%r13,4),%rax
    d25f:	or     $0x20,%rax
    d263:	mov    0xb0(%rsp),%rcx
    d26b:	vmovups (%rcx,%r13,4),%ymm2
    d271:	vinsertf64x4 $0x1,(%rcx,%rax,1),%zmm2,%zmm2
    d279:	jmp    d473 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x48e3>
    d27e:	xchg   %ax,%ax
    d280:	vmovaps 0x6c0(%rsp),%zmm8
    d288:	vucomiss 0x8dcc(%rip),%xmm8        # 1605c <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x6d9c>
    d290:	jne    d298 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4708>
    d292:	jnp    d3fe <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x486e>
    d298:	testb  $0xf,0x58(%rsp)
    d29d:	vmovaps 0x4c0(%rsp),%zmm9
    d2a5:	mov    0xc8(%rsp),%r12
    d2ad:	mov    0xa0(%rsp),%r10
    d2b5:	mov    0x38(%rsp),%rsi
    d2ba:	mov    0x700(%rsp),%r11
    d2c2:	mov    0x480(%rsp),%r13
    d2ca:	mov    0x30(%rsp),%rdx
    d2cf:	mov    %rdx,%rax
    d2d2:	je     d59a <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4a0a>
    d2d8:	shl    $0x7,%rax
    d2dc:	mov    0xb0(%rsp),%rcx
    d2e4:	vmovups (%rcx,%rax,1),%zmm2
    d2eb:	vmovups 0x40(%rcx,%rax,1),%zmm3
    d2f3:	jmp    d5b5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4a25>
    d2f8:	vmovss 0x2c(%rsp),%xmm3
    d2fe:	vmovss 0x28(%rsp),%xmm4
    d304:	vmovaps 0x500(%rsp),%zmm6
    d30c:	vmovaps 0x400(%rsp),%zmm7
    d314:	vmovaps 0x4c0(%rsp),%zmm9
    d31c:	mov    0xc8(%rsp),%r12
    d324:	mov    0x2d8(%rsp),%rsi
    d32c:	mov    0x2d0(%rsp),%rdi
    d334:	mov    0xb8(%rsp),%r8
    d33c:	mov    0xa0(%rsp),%r10
    d344:	vmovdqa 0x2a0(%rsp),%ymm2
    d34d:	mov    0x128(%rsp),%rbx
    d355:	mov    0x700(%rsp),%r11
    d35d:	mov    0x30(%rsp),%rdx
    d362:	cmpq   $0x1,0x90(%rsp)
    d36b:	je     d4b6 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4926>
    d371:	mov    0x230(%rsp),%rax
    d379:	vmovaps %zmm1,(%rax)
    d37f:	mov    0xc0(%rsp),%rax
    d387:	xor    %ecx,%ecx
    d389:	nopl   0x0(%rax)
    d390:	vmovss (%rsi,%rcx,4),%xmm1
    d395:	vmovss %xmm1,(%rax)
    d399:	inc    %rcx
    d39c:	add    %r15,%rax
    d39f:	cmp    $0x10,%rcx
    d3a3:	jne    d390 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4800>
    d3a5:	vucomiss 0x8caf(%rip),%xmm8        # 1605c <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x6d9c>
    d3ad:	jne    d3b5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4825>
    d3af:	jnp    d4f0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4960>
    d3b5:	cmp    $0x1,%r8
    d3b9:	jne    d504 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4974>
    d3bf:	lea    0x0(,%r13,4),%rax
    d3c7:	or     $0x20,%rax
    d3cb:	mov    0x1d8(%rsp),%rcx
    d3d3:	vmovups (%rcx,%r13,4),%ymm1
    d3d9:	vinsertf64x4 $0x1,(%rcx,%rax,1),%zmm1,%zmm1
    d3e1:	mov    0x480(%rsp),%r13
    d3e9:	vfmadd231ps %zmm1,%zmm8,%zmm0
    d3ef:	cmp    $0x1,%r8
    d3f3:	je     ceb0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4320>
    d3f9:	jmp    d560 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x49d0>
    d3fe:	vmovaps 0x4c0(%rsp),%zmm9
    d406:	mov    0xc8(%rsp),%r12
    d40e:	mov    0xa0(%rsp),%r10
    d416:	mov    0x38(%rsp),%rsi
    d41b:	mov    0x58(%rsp),%rax
    d420:	mov    0x700(%rsp),%r11
    d428:	mov    0x480(%rsp),%r13
    d430:	mov    0x30(%rsp),%rdx
    d435:	jmp    d5ec <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4a5c>
    d43a:	mov    0xc0(%rsp),%rax
    d442:	xor    %ecx,%ecx
    d444:	mov    0x608(%rsp),%rdx
    d44c:	nopl   0x0(%rax)
    d450:	vmovss (%rax),%xmm2
    d454:	vmovss %xmm2,(%rdx,%rcx,4)
    d459:	inc    %rcx
    d45c:	add    %r15,%rax
    d45f:	cmp    $0x10,%rcx
    d463:	jne    d450 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x48c0>
    d465:	mov    0x3f8(%rsp),%rax
    d46d:	vmovaps (%rax),%zmm2
    d473:	mov    0x2d0(%rsp),%rdi
    d47b:	mov    0xa0(%rsp),%r10
    d483:	mov    0x128(%rsp),%rbx
    d48b:	mov    0x700(%rsp),%r11
    d493:	mov    0x30(%rsp),%rdx
    d498:	vfmadd231ps %zmm2,%zmm8,%zmm1
    d49e:	vmovdqa 0x2a0(%rsp),%ymm2
    d4a7:	cmpq   $0x1,0x90(%rsp)
    d4b0:	jne    d371 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x47e1>
    d4b6:	mov    %rdx,%rax
    d4b9:	shl    $0x6,%rax
    d4bd:	mov    0xb0(%rsp),%rcx
    d4c5:	vextractf32x4 $0x1,%zmm1,0x10(%rcx,%rax,1)
    d4ce:	vmovups %xmm1,(%rcx,%rax,1)
    d4d3:	vextractf64x4 $0x1,%zmm1,0x20(%rcx,%rax,1)
    d4dc:	vucomiss 0x8b78(%rip),%xmm8        # 1605c <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x6d9c>
    d4e4:	jne    d3b5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4825>
    d4ea:	jp     d3b5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4825>
    d4f0:	mov    0x480(%rsp),%r13
    d4f8:	cmp    $0x1,%r8
    d4fc:	je     ceb0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4320>
    d502:	jmp    d560 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x49d0>
    d504:	mov    0x300(%rsp),%rax
    d50c:	xor    %ecx,%ecx
    d50e:	mov    0x600(%rsp),%rdx
    d516:	cs nopw 0x0(%rax,%rax,1)
    d520:	vmovd  (%rax),%xmm1
    d524:	vmovd  %xmm1,(%rdx,%rcx,4)
    d529:	inc    %rcx
    d52c:	add    %rbx,%rax
    d52f:	cmp    $0x10,%rcx
    d533:	jne    d520 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4990>
    d535:	mov    0x3f0(%rsp),%rax
    d53d:	vmovaps (%rax),%zmm1
    d543:	mov    0x480(%rsp),%r13
    d54b:	mov    0x30(%rsp),%rdx
    d550:	vfmadd231ps %zmm1,%zmm8,%zmm0
    d556:	cmp    $0x1,%r8
    d55a:	je     ceb0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4320>
    d560:	mov    0x5b0(%rsp),%rax
    d568:	vmovaps %zmm0,(%rax)
    d56e:	mov    0x300(%rsp),%rax
    d576:	xor    %ecx,%ecx
    d578:	mov    0x38(%rsp),%rsi
    d57d:	nopl   (%rax)
    d580:	vmovss (%rdi,%rcx,4),%xmm0
    d585:	vmovss %xmm0,(%rax)
    d589:	inc    %rcx
    d58c:	add    %rbx,%rax
    d58f:	cmp    $0x10,%rcx
    d593:	jne    d580 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x49f0>
    d595:	jmp    cedb <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x434b>
    d59a:	shl    $0x7,%rax
    d59e:	mov    0xb0(%rsp),%rcx
    d5a6:	vmovaps (%rcx,%rax,1),%zmm2
    d5ad:	vmovaps 0x40(%rcx,%rax,1),%zmm3
    d5b5:	vmovaps %zmm2,%zmm4
    d5bb:	vmovaps 0x907b(%rip),%zmm5        # 16640 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7380>
    d5c5:	vpermt2ps %zmm3,%zmm5,%zmm4
    d5cb:	vmovaps 0x90ab(%rip),%zmm5        # 16680 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x73c0>
    d5d5:	vpermt2ps %zmm3,%zmm5,%zmm2
    d5db:	vfmadd231ps %zmm4,%zmm8,%zmm1
    d5e1:	vfmadd231ps %zmm2,%zmm8,%zmm0
    d5e7:	mov    0x58(%rsp),%rax
    d5ec:	vunpcklps %xmm0,%xmm1,%xmm2
    d5f0:	vinsertf128 $0x1,%xmm0,%ymm2,%ymm3
    d5f6:	vmovaps %ymm2,%ymm4
    d5fa:	vmovapd 0x9abe(%rip),%ymm5        # 170c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7e00>
    d602:	vpermt2pd %ymm1,%ymm5,%ymm4
    d608:	vmovaps 0x9ad0(%rip),%ymm5        # 170e0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7e20>
    d610:	vpermt2ps %ymm0,%ymm5,%ymm4
    d616:	vmovaps 0x9ae2(%rip),%ymm5        # 17100 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7e40>
    d61e:	vpermt2ps %ymm1,%ymm5,%ymm4
    d624:	vblendps $0x88,%ymm3,%ymm4,%ymm4
    d62a:	vshuff64x2 $0x14,%zmm1,%zmm4,%zmm3
    d631:	vmovaps 0x9085(%rip),%zmm5        # 166c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7400>
    d63b:	vpermt2ps %zmm0,%zmm5,%zmm3
    d641:	vmovaps 0x90b5(%rip),%zmm5        # 16700 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7440>
    d64b:	vpermt2ps %zmm1,%zmm5,%zmm3
    d651:	vmovaps 0x90e5(%rip),%zmm5        # 16740 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7480>
    d65b:	vpermt2ps %zmm0,%zmm5,%zmm3
    d661:	vmovapd 0x9115(%rip),%zmm5        # 16780 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x74c0>
    d66b:	vpermt2pd %zmm1,%zmm5,%zmm3
    d671:	vmovaps 0x9145(%rip),%zmm5        # 167c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7500>
    d67b:	vpermt2ps %zmm0,%zmm5,%zmm3
    d681:	vmovaps 0x9175(%rip),%zmm5        # 16800 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7540>
    d68b:	vpermt2ps %zmm1,%zmm5,%zmm3
    d691:	vmovaps 0x91a5(%rip),%zmm5        # 16840 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7580>
    d69b:	vpermt2ps %zmm0,%zmm5,%zmm3
    d6a1:	vunpcklps %zmm0,%zmm1,%zmm5
    d6a7:	vextractf64x4 $0x1,%zmm5,%ymm5
    d6ae:	vmovaps %zmm5,%zmm6
    d6b4:	vmovapd 0x9a64(%rip),%ymm7        # 17120 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7e60>
    d6bc:	vpermt2pd %zmm1,%zmm7,%zmm6
    d6c2:	vmovaps 0x9a76(%rip),%ymm7        # 17140 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7e80>
    d6ca:	vpermt2ps %zmm0,%zmm7,%zmm6
    d6d0:	vmovaps 0x9a88(%rip),%ymm7        # 17160 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7ea0>
    d6d8:	vpermt2ps %zmm1,%zmm7,%zmm6
    d6de:	vmovaps 0x9a9a(%rip),%ymm7        # 17180 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7ec0>
    d6e6:	vpermt2ps %zmm0,%zmm7,%zmm6
    d6ec:	vshuff64x2 $0x34,%zmm1,%zmm6,%zmm7
    d6f3:	vmovaps 0x9183(%rip),%zmm10        # 16880 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x75c0>
    d6fd:	vpermt2ps %zmm0,%zmm10,%zmm7
    d703:	vmovaps 0x91b3(%rip),%zmm10        # 168c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7600>
    d70d:	vpermt2ps %zmm1,%zmm10,%zmm7
    d713:	vmovaps 0x91e3(%rip),%zmm10        # 16900 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7640>
    d71d:	vpermt2ps %zmm0,%zmm10,%zmm7
    d723:	vmovapd 0x9213(%rip),%zmm10        # 16940 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7680>
    d72d:	vpermt2pd %zmm1,%zmm10,%zmm7
    d733:	vmovaps 0x9243(%rip),%zmm10        # 16980 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x76c0>
    d73d:	vpermt2ps %zmm0,%zmm10,%zmm7
    d743:	vmovaps 0x9273(%rip),%zmm10        # 169c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7700>
    d74d:	vpermt2ps %zmm1,%zmm10,%zmm7
    d753:	vmovaps 0x92a3(%rip),%zmm1        # 16a00 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7740>
    d75d:	vpermt2ps %zmm0,%zmm1,%zmm7
    d763:	test   $0xf,%al
    d765:	je     d7a7 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4c17>
    d767:	mov    %rdx,%rax
    d76a:	shl    $0x7,%rax
    d76e:	mov    0xb0(%rsp),%rcx
    d776:	vextractf32x4 $0x1,%zmm4,0x10(%rcx,%rax,1)
    d77f:	vmovups %xmm2,(%rcx,%rax,1)
    d784:	vextractf64x4 $0x1,%zmm3,0x20(%rcx,%rax,1)
    d78d:	vextractf32x4 $0x1,%zmm6,0x50(%rcx,%rax,1)
    d796:	vmovups %xmm5,0x40(%rcx,%rax,1)
    d79c:	vextractf64x4 $0x1,%zmm7,0x60(%rcx,%rax,1)
    d7a5:	jmp    d7c5 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x4c35>
    d7a7:	mov    %rdx,%rax
    d7aa:	shl    $0x7,%rax
    d7ae:	mov    0xb0(%rsp),%rcx
    d7b6:	vmovaps %zmm3,(%rcx,%rax,1)
    d7bd:	vmovaps %zmm7,0x40(%rcx,%rax,1)
    d7c5:	vmovss 0x2c(%rsp),%xmm3
    d7cb:	vmovss 0x28(%rsp),%xmm4
    d7d1:	vmovaps 0x500(%rsp),%zmm6
    d7d9:	vmovaps 0x400(%rsp),%zmm7
    d7e1:	vmovdqa 0x2a0(%rsp),%ymm2
    d7ea:	jmp    cedb <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup+0x434b>
