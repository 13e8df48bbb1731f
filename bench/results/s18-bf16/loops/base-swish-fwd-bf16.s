# block 32d0-32d0: 1 instructions
  2.10 32d0:	vcvtneps2bf16 %zmm0,%ymm0
# block 32d6-32e7: 5 instructions
 14.96 32d6:	mov    0x20(%rsp),%rsi
  1.05 32db:	vmovdqa %ymm0,(%rsi,%rdx,1)
  3.41 32e0:	add    $0x20,%rdx
  0.00 32e4:	inc    %rcx
  0.00 32e7:	je     3fa0 <_pocl_kernel_clact_fwd_workgroup+0x1640>
# block 32ed-33bd: 34 instructions
  0.00 32ed:	prefetcht0 0x800(%rax,%rdx,1)
  1.57 32f5:	vpmovzxwd (%rax,%rdx,1),%zmm0
  0.00 32fc:	vpslld $0x10,%zmm0,%zmm0
  3.15 3303:	vmaxps %zmm0,%zmm8,%zmm5
  0.00 3309:	vminps %zmm5,%zmm9,%zmm5
  1.05 330f:	vmovaps %zmm10,%zmm30
  0.00 3315:	vfmadd231ps %zmm11,%zmm5,%zmm30
  0.00 331b:	vpmaxsd %zmm12,%zmm30,%zmm31
  0.00 3321:	vpsubd %zmm31,%zmm30,%zmm28
  0.00 3327:	vpslld $0x17,%zmm31,%zmm31
  0.26 332e:	vsubps %zmm30,%zmm10,%zmm30
  2.62 3334:	vfmadd132ps %zmm13,%zmm5,%zmm30
  0.00 333a:	vmovaps %zmm14,%zmm5
  1.31 3340:	vfmadd213ps %zmm15,%zmm30,%zmm5
  0.26 3346:	vfmadd213ps %zmm16,%zmm30,%zmm5
  0.00 334c:	vfmadd213ps %zmm17,%zmm30,%zmm5
  0.26 3352:	vmulps %zmm31,%zmm5,%zmm5
  0.00 3358:	vaddps %zmm18,%zmm5,%zmm30
  0.26 335e:	vdivps %zmm30,%zmm18,%zmm30
  7.87 3364:	vmulps %zmm30,%zmm5,%zmm5
  2.62 336a:	vmulps %zmm0,%zmm5,%zmm5
  2.36 3370:	vcmpeqps %zmm19,%zmm0,%k1
  0.00 3377:	vandps 0x2caf(%rip){1to16},%zmm0,%zmm5{%k1}        # 6030 <_pocl_kernel_clact_fwd_workgroup_fast+0x1d40>
  3.94 3381:	vpslld $0x17,%zmm28,%zmm0
  0.26 3388:	vpaddd %zmm20,%zmm0,%zmm28
  1.57 338e:	vpminsd %zmm21,%zmm0,%zmm0
  0.00 3394:	vpmaxsd %zmm22,%zmm28,%zmm28
  0.52 339a:	vpaddd %zmm23,%zmm0,%zmm0
  0.26 33a0:	vmulps %zmm5,%zmm3,%zmm5
  6.82 33a6:	vmulps %zmm28,%zmm5,%zmm5
 11.81 33ac:	vmulps %zmm0,%zmm5,%zmm0
 17.85 33b2:	vfpclassps $0x20,%zmm0,%k0
  6.04 33b9:	kortestw %k0,%k0
  5.77 33bd:	je     32d0 <_pocl_kernel_clact_fwd_workgroup+0x970>
# block 33c3-3402: 10 instructions (no samples)
  0.00 33c3:	vpsrld $0x10,%zmm0,%zmm5
  0.00 33ca:	vpandd 0x100(%rsp),%zmm5,%zmm5
  0.00 33d2:	vpaddd %zmm5,%zmm0,%zmm5
  0.00 33d8:	vpaddd %zmm25,%zmm5,%zmm5
  0.00 33de:	vpaddd %zmm0,%zmm0,%zmm28
  0.00 33e4:	vpcmpnleud %zmm26,%zmm28,%k1
  0.00 33eb:	vpord  0x2c63(%rip){1to16},%zmm0,%zmm5{%k1}        # 6058 <_pocl_kernel_clact_fwd_workgroup_fast+0x1d68>
  0.00 33f5:	vpsrld $0x10,%zmm5,%zmm0
  0.00 33fc:	vpmovdw %zmm0,%ymm0
  0.00 3402:	jmp    32d6 <_pocl_kernel_clact_fwd_workgroup+0x976>
