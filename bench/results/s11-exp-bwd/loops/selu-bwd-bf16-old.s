    3030:	vcvtneps2bf16 %zmm0,%ymm0
    3036:	mov    0x50(%rsp),%rax
    303b:	vmovdqa %ymm0,(%rax,%rdi,1)
    3040:	add    $0x20,%rdi
    3044:	inc    %rdx
    3047:	je     3600 <_pocl_kernel_clact_bwd_workgroup+0x1160>
    304d:	mov    0x70(%rsp),%rax
    3052:	prefetcht0 0x800(%rax,%rdi,1)
    305a:	vpmovzxwd (%rax,%rdi,1),%zmm0
    3061:	vpslld $0x10,%zmm0,%zmm0
    3068:	mov    0x68(%rsp),%rax
    306d:	prefetcht0 0x800(%rax,%rdi,1)
    3075:	vpmovzxwd (%rax,%rdi,1),%zmm1
    307c:	vpslld $0x10,%zmm1,%zmm1
    3083:	vpandq %zmm5,%zmm0,%zmm28
    3089:	vpord  %zmm6,%zmm28,%zmm30
    308f:	vcmpeqps %zmm7,%zmm28,%k1
    3096:	vcmpgtps %zmm8,%zmm28,%k2
    309d:	vbroadcastss 0x1f75(%rip),%zmm30{%k2}        # 501c <_pocl_kernel_clact_bwd_workgroup_fast
    30a7:	vmovaps %zmm9,%zmm28
    30ad:	vfmadd231ps %zmm10,%zmm30,%zmm28
    30b3:	vsubps %zmm28,%zmm9,%zmm31
    30b9:	vfmadd132ps %zmm11,%zmm30,%zmm31
    30bf:	vmovaps %zmm12,%zmm30
    30c5:	vfmadd213ps %zmm13,%zmm31,%zmm30
    30cb:	vfmadd213ps %zmm14,%zmm31,%zmm30
    30d1:	vmulps %zmm31,%zmm31,%zmm27
    30d7:	vfmadd213ps %zmm31,%zmm30,%zmm27
    30dd:	vbroadcastss 0x1f51(%rip),%zmm27{%k1}        # 5038 <_pocl_kernel_clact_bwd_workgroup_fast
    30e7:	vpaddd %zmm15,%zmm28,%zmm28
    30ed:	vpmaxsd %zmm16,%zmm28,%zmm30
    30f3:	vpslld $0x17,%zmm30,%zmm31
    30fa:	vpaddd %zmm17,%zmm31,%zmm31
    3100:	vpsubd %zmm30,%zmm28,%zmm28
    3106:	vfmadd213ps %zmm31,%zmm27,%zmm31
    310c:	vmulps %zmm19,%zmm31,%zmm27
    3112:	vcmpltps %zmm0,%zmm20,%k1
    3119:	vbroadcastss 0x1f29(%rip),%zmm27{%k1}        # 504c <_pocl_kernel_clact_bwd_workgroup_fast
    3123:	vmulps %zmm1,%zmm27,%zmm0
    3129:	vmulps %zmm0,%zmm2,%zmm0
    312f:	vpslld $0x17,%zmm28,%zmm1
    3136:	knotw  %k1,%k1
    313a:	vmovdqa32 %zmm1,%zmm1{%k1}{z}
    3140:	vpaddd %zmm17,%zmm1,%zmm27
    3146:	vpminsd %zmm21,%zmm1,%zmm1
    314c:	vpmaxsd %zmm22,%zmm27,%zmm27
    3152:	vmulps %zmm27,%zmm0,%zmm0
    3158:	vpaddd %zmm23,%zmm1,%zmm1
    315e:	vmulps %zmm1,%zmm0,%zmm0
    3164:	vfpclassps $0x20,%zmm0,%k0
    316b:	kortestw %k0,%k0
    316f:	je     3030 <_pocl_kernel_clact_bwd_workgroup+0xb90>
