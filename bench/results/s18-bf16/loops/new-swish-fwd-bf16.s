# block 3120-3120: 1 instructions
  2.23 3120:	vcvtneps2bf16 %zmm0,%ymm0
# block 3126-3137: 5 instructions
 12.53 3126:	mov    0x20(%rsp),%rsi
  0.00 312b:	vmovdqa %ymm0,(%rsi,%rdx,1)
  8.36 3130:	add    $0x20,%rdx
  0.28 3134:	inc    %rcx
  0.00 3137:	je     3d10 <_pocl_kernel_clact_fwd_workgroup+0x1500>
# block 313d-31ee: 29 instructions
  0.00 313d:	prefetcht0 0x800(%rax,%rdx,1)
  1.11 3145:	vpmovzxwd (%rax,%rdx,1),%zmm0
  0.00 314c:	vpslld $0x10,%zmm0,%zmm0
  2.79 3153:	vmaxps %zmm0,%zmm8,%zmm5
  0.00 3159:	vminps %zmm5,%zmm9,%zmm5
  1.39 315f:	vmovaps %zmm10,%zmm25
  0.00 3165:	vfmadd231ps %zmm11,%zmm5,%zmm25
  0.00 316b:	vpmaxsd %zmm12,%zmm25,%zmm26
  0.00 3171:	vpslld $0x17,%zmm26,%zmm28
  0.28 3178:	vsubps %zmm25,%zmm10,%zmm29
  0.28 317e:	vfmadd132ps %zmm13,%zmm5,%zmm29
  1.67 3184:	vmovaps %zmm14,%zmm5
  0.00 318a:	vfmadd213ps %zmm15,%zmm29,%zmm5
  1.11 3190:	vfmadd213ps %zmm16,%zmm29,%zmm5
  0.00 3196:	vfmadd213ps %zmm17,%zmm29,%zmm5
  0.00 319c:	vmulps %zmm28,%zmm5,%zmm5
  0.00 31a2:	vaddps %zmm18,%zmm5,%zmm28
  0.28 31a8:	vdivps %zmm28,%zmm18,%zmm28
  5.85 31ae:	vmulps %zmm28,%zmm5,%zmm5
  5.01 31b4:	vmulps %zmm0,%zmm5,%zmm5
  5.29 31ba:	vcmpeqps %zmm19,%zmm0,%k1
  0.00 31c1:	vandps 0x2e65(%rip){1to16},%zmm0,%zmm5{%k1}        # 6030 <_pocl_kernel_clact_fwd_workgroup_fast+0x1fe0>
  5.57 31cb:	vpsubd %zmm26,%zmm25,%zmm0
  0.00 31d1:	vmulps %zmm5,%zmm3,%zmm5
 12.26 31d7:	vcvtdq2ps %zmm0,%zmm0
  1.11 31dd:	vscalefps %zmm0,%zmm5,%zmm0
 12.26 31e3:	vfpclassps $0x20,%zmm0,%k0
 11.70 31ea:	kortestw %k0,%k0
  8.64 31ee:	je     3120 <_pocl_kernel_clact_fwd_workgroup+0x910>
# block 31f4-3231: 10 instructions (no samples)
  0.00 31f4:	vpsrld $0x10,%zmm0,%zmm5
  0.00 31fb:	vpandd %zmm20,%zmm5,%zmm5
  0.00 3201:	vpaddd %zmm5,%zmm0,%zmm5
  0.00 3207:	vpaddd %zmm21,%zmm5,%zmm5
  0.00 320d:	vpaddd %zmm0,%zmm0,%zmm25
  0.00 3213:	vpcmpnleud %zmm22,%zmm25,%k1
  0.00 321a:	vpord  0x2e28(%rip){1to16},%zmm0,%zmm5{%k1}        # 604c <_pocl_kernel_clact_fwd_workgroup_fast+0x1ffc>
  0.00 3224:	vpsrld $0x10,%zmm5,%zmm0
  0.00 322b:	vpmovdw %zmm0,%ymm0
  0.00 3231:	jmp    3126 <_pocl_kernel_clact_fwd_workgroup+0x916>
