# block 32d0-32d0: 1 instructions
  1.11 32d0:	vcvtneps2bf16 %zmm0,%ymm0
# block 32d6-32e7: 5 instructions
  7.04 32d6:	mov    0x58(%rsp),%rax
  0.37 32db:	vmovdqa %ymm0,(%rax,%rdi,1)
  1.30 32e0:	add    $0x20,%rdi
  0.00 32e4:	inc    %rdx
  0.00 32e7:	je     3980 <_pocl_kernel_clact_bwd_workgroup+0x12e0>
# block 32ed-3327: 10 instructions
  0.00 32ed:	mov    0x78(%rsp),%rax
  0.00 32f2:	prefetcht0 0x800(%rax,%rdi,1)
  0.74 32fa:	vpmovzxwd (%rax,%rdi,1),%zmm30
  3.52 3301:	vucomiss %xmm7,%xmm1
  0.00 3305:	vpslld $0x10,%zmm30,%zmm31
  0.37 330c:	mov    0x70(%rsp),%rax
  0.00 3311:	prefetcht0 0x800(%rax,%rdi,1)
  1.67 3319:	vpmovzxwd (%rax,%rdi,1),%zmm0
  0.19 3320:	vpslld $0x10,%zmm0,%zmm0
  0.00 3327:	jne    3350 <_pocl_kernel_clact_bwd_workgroup+0xcb0>
# block 3329-3329: 1 instructions (no samples)
  0.00 3329:	jp     3350 <_pocl_kernel_clact_bwd_workgroup+0xcb0>
# block 332b-334b: 6 instructions (no samples)
  0.00 332b:	vmulps %zmm8,%zmm0,%zmm0
  0.00 3331:	vpslld $0x11,%zmm30,%zmm3
  0.00 3338:	vpcmpnleud %zmm9,%zmm3,%k1
  0.00 333f:	vmovaps %zmm31,%zmm0{%k1}
  0.00 3345:	vpxord %xmm31,%xmm31,%xmm31
  0.00 334b:	jmp    341a <_pocl_kernel_clact_bwd_workgroup+0xd7a>
# block 3350-3414: 31 instructions
  1.85 3350:	vmulps 0x300(%rsp),%zmm31,%zmm3
  0.19 3358:	vmovaps 0x2c0(%rsp),%zmm16
  0.93 3360:	vminps %zmm3,%zmm16,%zmm30
  0.00 3366:	vmovaps 0x280(%rsp),%zmm16
  0.00 336e:	vmaxps %zmm30,%zmm16,%zmm30
  0.19 3374:	vmovaps %zmm18,%zmm31
  0.19 337a:	vfmadd231ps 0x240(%rsp),%zmm30,%zmm31
  0.00 3382:	vsubps %zmm31,%zmm18,%zmm16
  2.78 3388:	vpmaxsd 0x200(%rsp),%zmm31,%zmm17
  0.00 3390:	vpslld $0x17,%zmm17,%zmm19
  0.93 3397:	vaddps %zmm28,%zmm30,%zmm20
  0.00 339d:	vfmadd231ps 0x1c0(%rsp),%zmm16,%zmm30
  0.37 33a5:	vfmadd231ps 0x180(%rsp),%zmm16,%zmm30
  0.00 33ad:	vmulps %zmm30,%zmm30,%zmm16
  0.00 33b3:	vmovaps %zmm22,%zmm23
  0.00 33b9:	vfmadd213ps %zmm24,%zmm30,%zmm23
  2.41 33bf:	vfmadd213ps %zmm25,%zmm30,%zmm23
  0.19 33c5:	vfmadd213ps %zmm26,%zmm30,%zmm23
  0.00 33cb:	vfmadd213ps %zmm27,%zmm30,%zmm23
  0.19 33d1:	vfmadd213ps %zmm8,%zmm30,%zmm23
  0.37 33d7:	vfmadd213ps %zmm30,%zmm16,%zmm23
  0.00 33dd:	vfmadd213ps %zmm19,%zmm19,%zmm23
  0.37 33e3:	vpsubd %zmm17,%zmm31,%zmm31
  0.00 33e9:	vaddps %zmm28,%zmm23,%zmm16
  3.70 33ef:	vdivps %zmm16,%zmm28,%zmm16
  7.04 33f5:	vaddps %zmm23,%zmm20,%zmm17
  0.00 33fb:	vmulps %zmm17,%zmm23,%zmm17
  0.00 3401:	vmulps %zmm16,%zmm16,%zmm16
  5.93 3407:	vcmpneqps %zmm29,%zmm3,%k1
  0.00 340e:	vmulps %zmm16,%zmm17,%zmm3{%k1}{z}
  7.22 3414:	vmulps %zmm0,%zmm3,%zmm0
# block 341a-3456: 11 instructions
  7.04 341a:	vpslld $0x17,%zmm31,%zmm3
  0.00 3421:	vpaddd %zmm10,%zmm3,%zmm16
  0.00 3427:	vpminsd %zmm11,%zmm3,%zmm3
  0.00 342d:	vpmaxsd %zmm12,%zmm16,%zmm16
  0.00 3433:	vpaddd %zmm13,%zmm3,%zmm3
  0.00 3439:	vmulps %zmm0,%zmm4,%zmm0
  8.52 343f:	vmulps %zmm16,%zmm0,%zmm0
 10.37 3445:	vmulps %zmm3,%zmm0,%zmm0
 12.22 344b:	vfpclassps $0x20,%zmm0,%k0
  6.67 3452:	kortestw %k0,%k0
  4.07 3456:	je     32d0 <_pocl_kernel_clact_bwd_workgroup+0xc30>
# block 345c-3499: 10 instructions (no samples)
  0.00 345c:	vpsrld $0x10,%zmm0,%zmm3
  0.00 3463:	vpandd %zmm14,%zmm3,%zmm3
  0.00 3469:	vpaddd %zmm3,%zmm0,%zmm3
  0.00 346f:	vpaddd %zmm15,%zmm3,%zmm3
  0.00 3475:	vpaddd %zmm0,%zmm0,%zmm16
  0.00 347b:	vpcmpnleud %zmm9,%zmm16,%k1
  0.00 3482:	vpord  0x2bd0(%rip){1to16},%zmm0,%zmm3{%k1}        # 605c <_pocl_kernel_clact_bwd_workgroup_fast+0x222c>
  0.00 348c:	vpsrld $0x10,%zmm3,%zmm0
  0.00 3493:	vpmovdw %zmm0,%ymm0
  0.00 3499:	jmp    32d6 <_pocl_kernel_clact_bwd_workgroup+0xc36>
