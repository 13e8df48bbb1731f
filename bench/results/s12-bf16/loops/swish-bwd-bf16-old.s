    33f0:	vcvtneps2bf16 %zmm0,%ymm0
    33f6:	mov    0x50(%rsp),%rax
    33fb:	vmovdqa %ymm0,(%rax,%rdi,1)
    3400:	add    $0x20,%rdi
    3404:	inc    %rdx
    3407:	je     3b20 <_pocl_kernel_clact_bwd_workgroup+0x13a0>
    340d:	mov    0x68(%rsp),%rax
    3412:	prefetcht0 0x800(%rax,%rdi,1)
    341a:	vpmovzxwd (%rax,%rdi,1),%zmm29
    3421:	vucomiss %xmm3,%xmm1
    3425:	vpslld $0x10,%zmm29,%zmm31
    342c:	mov    0x60(%rsp),%rax
    3431:	prefetcht0 0x800(%rax,%rdi,1)
    3439:	vpmovzxwd (%rax,%rdi,1),%zmm0
    3440:	vpslld $0x10,%zmm0,%zmm0
    3447:	jne    3470 <_pocl_kernel_clact_bwd_workgroup+0xcf0>
    3449:	jp     3470 <_pocl_kernel_clact_bwd_workgroup+0xcf0>
    344b:	vmulps %zmm7,%zmm0,%zmm0
    3451:	vpslld $0x11,%zmm29,%zmm5
    3458:	vpcmpnleud %zmm8,%zmm5,%k1
    345f:	vmovaps %zmm31,%zmm0{%k1}
    3465:	vpxord %xmm31,%xmm31,%xmm31
    346b:	jmp    3564 <_pocl_kernel_clact_bwd_workgroup+0xde4>
    3470:	vmulps 0x2c0(%rsp),%zmm31,%zmm5
    3478:	vandps 0x280(%rsp),%zmm5,%zmm29
    3480:	vorps  0x240(%rsp),%zmm29,%zmm31
    3488:	vcmpgtps 0x200(%rsp),%zmm29,%k1
    3491:	vmovaps %zmm18,%zmm31{%k1}
    3497:	vmovaps %zmm19,%zmm29
    349d:	vfmadd231ps 0x1c0(%rsp),%zmm31,%zmm29
    34a5:	vsubps %zmm29,%zmm19,%zmm16
    34ab:	vpmaxsd 0x180(%rsp),%zmm29,%zmm17
    34b3:	vfmadd231ps %zmm22,%zmm16,%zmm31
    34b9:	vfmadd231ps %zmm23,%zmm16,%zmm31
    34bf:	vmulps %zmm31,%zmm31,%zmm16
    34c5:	vmovaps %zmm20,%zmm24
    34cb:	vfmadd213ps %zmm25,%zmm31,%zmm24
    34d1:	vfmadd213ps %zmm26,%zmm31,%zmm24
    34d7:	vfmadd213ps %zmm27,%zmm31,%zmm24
    34dd:	vfmadd213ps %zmm28,%zmm31,%zmm24
    34e3:	vfmadd213ps %zmm7,%zmm31,%zmm24
    34e9:	vfmadd213ps %zmm31,%zmm16,%zmm24
    34ef:	vpslld $0x17,%zmm17,%zmm16
    34f6:	vfmadd213ps %zmm16,%zmm24,%zmm16
    34fc:	vaddps %zmm30,%zmm16,%zmm24
    3502:	vdivps %zmm24,%zmm30,%zmm24
    3508:	vbroadcastss 0x2b3a(%rip),%zmm31        # 604c <_pocl_kernel_clact_bwd_workgroup_fast+0x206c>
    3512:	vminps %zmm5,%zmm31,%zmm31
    3518:	vmaxps %zmm31,%zmm18,%zmm31
    351e:	vaddps %zmm30,%zmm31,%zmm21
    3524:	vaddps %zmm16,%zmm21,%zmm31
    352a:	vfmadd213ps %zmm30,%zmm16,%zmm21
    3530:	vcmpltps 0x2c05(%rip),%zmm5,%k1        # 6140 <_pocl_kernel_clact_bwd_workgroup_fast+0x2160>
    353b:	vmulps %zmm31,%zmm16,%zmm21{%k1}
    3541:	vmulps %zmm24,%zmm24,%zmm16
    3547:	vpsubd %zmm17,%zmm29,%zmm31{%k1}{z}
    354d:	vcmpneqps 0x2af8(%rip){1to16},%zmm5,%k1        # 6050 <_pocl_kernel_clact_bwd_workgroup_fast+0x2070>
    3558:	vmulps %zmm21,%zmm16,%zmm5{%k1}{z}
    355e:	vmulps %zmm0,%zmm5,%zmm0
    3564:	vmulps %zmm0,%zmm4,%zmm0
    356a:	vpslld $0x17,%zmm31,%zmm5
    3571:	vpaddd %zmm9,%zmm5,%zmm16
    3577:	vpminsd %zmm10,%zmm5,%zmm5
    357d:	vpmaxsd %zmm11,%zmm16,%zmm16
    3583:	vmulps %zmm16,%zmm0,%zmm0
    3589:	vpaddd %zmm12,%zmm5,%zmm5
    358f:	vmulps %zmm5,%zmm0,%zmm0
    3595:	vfpclassps $0x20,%zmm0,%k0
    359c:	kortestw %k0,%k0
    35a0:	je     33f0 <_pocl_kernel_clact_bwd_workgroup+0xc70>
