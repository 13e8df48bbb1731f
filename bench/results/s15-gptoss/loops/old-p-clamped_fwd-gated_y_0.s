    1000:	push   %rbp
    1001:	mov    %rsp,%rbp
    1004:	and    $0xfffffffffffffff8,%rsp
    1008:	vxorps %xmm4,%xmm4,%xmm4
    100c:	vucomiss %xmm4,%xmm2
    1010:	jne    1027 <gated_y_0+0x27>
    1012:	jp     1027 <gated_y_0+0x27>
    1014:	vmulps 0xd016(%rip){1to16},%zmm0,%zmm5        # e034 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4954>
    101e:	vxorps %xmm4,%xmm4,%xmm4
    1022:	jmp    1352 <gated_y_0+0x352>
    1027:	vucomiss 0xcfd1(%rip),%xmm2        # e000 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4920>
    102f:	jne    1196 <gated_y_0+0x196>
    1035:	jp     1196 <gated_y_0+0x196>
    103b:	vpandq 0xd013(%rip){1to8},%zmm0,%zmm2        # e058 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4978>
    1045:	vpord  0xcfb5(%rip){1to16},%zmm2,%zmm4        # e004 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4924>
    104f:	vmaxps 0xcfb3(%rip){1to16},%zmm4,%zmm4        # e00c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x492c>
    1059:	vbroadcastss 0xcfad(%rip),%zmm5        # e010 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4930>
    1063:	vbroadcastss 0xcfa7(%rip),%zmm6        # e014 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4934>
    106d:	vfmadd213ps %zmm5,%zmm4,%zmm6
    1073:	vsubps %zmm6,%zmm5,%zmm5
    1079:	vfmadd231ps 0xcf95(%rip){1to16},%zmm5,%zmm4        # e018 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4938>
    1083:	vfmadd231ps 0xcf8f(%rip){1to16},%zmm5,%zmm4        # e01c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x493c>
    108d:	vmulps %zmm4,%zmm4,%zmm5
    1093:	vbroadcastss 0xcf83(%rip),%zmm7        # e020 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4940>
    109d:	vfmadd213ps 0xcf7d(%rip){1to16},%zmm4,%zmm7        # e024 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4944>
    10a7:	vfmadd213ps 0xcf77(%rip){1to16},%zmm4,%zmm7        # e028 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4948>
    10b1:	vfmadd213ps 0xcf71(%rip){1to16},%zmm4,%zmm7        # e02c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x494c>
    10bb:	vfmadd213ps 0xcf6b(%rip){1to16},%zmm4,%zmm7        # e030 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4950>
    10c5:	vfmadd213ps 0xcf65(%rip){1to16},%zmm4,%zmm7        # e034 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4954>
    10cf:	vfmadd213ps %zmm4,%zmm5,%zmm7
    10d5:	vpslld $0x17,%zmm6,%zmm4
    10dc:	vpcmpgtd 0xcf52(%rip){1to16},%zmm6,%k1        # e038 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4958>
    10e6:	vmovaps %zmm4,%zmm4{%k1}{z}
    10ec:	vxorps %xmm8,%xmm8,%xmm8
    10f1:	vmovaps %zmm4,%zmm5
    10f7:	vfmadd213ps %zmm4,%zmm7,%zmm5
    10fd:	vaddps 0xcef9(%rip){1to16},%zmm5,%zmm5        # e000 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4920>
    1107:	vaddps 0xcf2b(%rip){1to16},%zmm5,%zmm9        # e03c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x495c>
    1111:	vsubps %zmm9,%zmm4,%zmm9
    1117:	vfmadd231ps %zmm4,%zmm7,%zmm9
    111d:	vcmpltps %zmm8,%zmm0,%k1
    1124:	vmovaps %zmm7,%zmm4{%k1}{z}
    112a:	vmovaps %zmm0,%zmm7
    1130:	vfmadd231ps %zmm0,%zmm4,%zmm7
    1136:	vsubps %zmm7,%zmm0,%zmm10
    113c:	vfmadd231ps %zmm4,%zmm0,%zmm10
    1142:	vdivps %zmm5,%zmm7,%zmm4
    1148:	vfnmadd231ps %zmm9,%zmm4,%zmm10
    114e:	vpbroadcastd 0xcee8(%rip),%zmm7        # e040 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4960>
    1158:	vpsubd %zmm5,%zmm7,%zmm5
    115e:	vpbroadcastd 0xcea8(%rip),%zmm7        # e010 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4930>
    1168:	vmovdqa32 %zmm6,%zmm7{%k1}
    116e:	vpmaxsd 0xcecc(%rip){1to16},%zmm7,%zmm6        # e044 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4964>
    1178:	vfmadd213ps %zmm4,%zmm10,%zmm5
    117e:	vpslld $0x17,%zmm6,%zmm4
    1185:	vmulps %zmm4,%zmm5,%zmm5
    118b:	vpsubd %zmm6,%zmm7,%zmm4
    1191:	jmp    1327 <gated_y_0+0x327>
    1196:	vbroadcastss %xmm2,%zmm4
    119c:	vbroadcastsd 0xceb2(%rip),%zmm5        # e058 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4978>
    11a6:	vmulps %zmm0,%zmm4,%zmm6
    11ac:	vandps %zmm5,%zmm0,%zmm2
    11b2:	vandps %zmm5,%zmm4,%zmm4
    11b8:	vandps %zmm5,%zmm6,%zmm5
    11be:	vorps  0xce3c(%rip){1to16},%zmm5,%zmm7        # e004 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4924>
    11c8:	vcmpgtps 0xce35(%rip){1to16},%zmm5,%k1        # e008 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4928>
    11d3:	vmaxps 0xce2f(%rip){1to16},%zmm7,%zmm7        # e00c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x492c>
    11dd:	vbroadcastss 0xce29(%rip),%zmm8        # e010 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4930>
    11e7:	vbroadcastss 0xce23(%rip),%zmm9        # e014 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4934>
    11f1:	vfmadd213ps %zmm8,%zmm7,%zmm9
    11f7:	vsubps %zmm9,%zmm8,%zmm8
    11fd:	vfmadd231ps 0xce11(%rip){1to16},%zmm8,%zmm7        # e018 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4938>
    1207:	vfnmadd213ps %zmm5,%zmm2,%zmm4
    120d:	vfmadd231ps 0xce05(%rip){1to16},%zmm8,%zmm7        # e01c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x493c>
    1217:	vaddps %zmm4,%zmm7,%zmm4
    121d:	vmovaps %zmm7,%zmm4{%k1}
    1223:	vmulps %zmm4,%zmm4,%zmm5
    1229:	vbroadcastss 0xcded(%rip),%zmm7        # e020 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4940>
    1233:	vfmadd213ps 0xcde7(%rip){1to16},%zmm4,%zmm7        # e024 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4944>
    123d:	vfmadd213ps 0xcde1(%rip){1to16},%zmm4,%zmm7        # e028 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4948>
    1247:	vfmadd213ps 0xcddb(%rip){1to16},%zmm4,%zmm7        # e02c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x494c>
    1251:	vfmadd213ps 0xcdd5(%rip){1to16},%zmm4,%zmm7        # e030 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4950>
    125b:	vfmadd213ps 0xcdcf(%rip){1to16},%zmm4,%zmm7        # e034 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4954>
    1265:	vfmadd213ps %zmm4,%zmm5,%zmm7
    126b:	vpslld $0x17,%zmm9,%zmm4
    1272:	vpcmpgtd 0xcdbc(%rip){1to16},%zmm9,%k1        # e038 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4958>
    127c:	vmovaps %zmm4,%zmm4{%k1}{z}
    1282:	vxorps %xmm8,%xmm8,%xmm8
    1287:	vmovaps %zmm4,%zmm5
    128d:	vfmadd213ps %zmm4,%zmm7,%zmm5
    1293:	vaddps 0xcd63(%rip){1to16},%zmm5,%zmm5        # e000 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4920>
    129d:	vaddps 0xcd95(%rip){1to16},%zmm5,%zmm10        # e03c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x495c>
    12a7:	vsubps %zmm10,%zmm4,%zmm10
    12ad:	vfmadd231ps %zmm4,%zmm7,%zmm10
    12b3:	vcmpltps %zmm8,%zmm6,%k1
    12ba:	vmovaps %zmm7,%zmm4{%k1}{z}
    12c0:	vmovaps %zmm0,%zmm6
    12c6:	vfmadd231ps %zmm0,%zmm4,%zmm6
    12cc:	vsubps %zmm6,%zmm0,%zmm7
    12d2:	vfmadd231ps %zmm4,%zmm0,%zmm7
    12d8:	vdivps %zmm5,%zmm6,%zmm4
    12de:	vfnmadd231ps %zmm10,%zmm4,%zmm7
    12e4:	vpbroadcastd 0xcd52(%rip),%zmm6        # e040 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4960>
    12ee:	vpsubd %zmm5,%zmm6,%zmm5
    12f4:	vpbroadcastd 0xcd12(%rip),%zmm6        # e010 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4930>
    12fe:	vmovdqa32 %zmm9,%zmm6{%k1}
    1304:	vpmaxsd 0xcd36(%rip){1to16},%zmm6,%zmm9        # e044 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4964>
    130e:	vfmadd213ps %zmm4,%zmm7,%zmm5
    1314:	vpslld $0x17,%zmm9,%zmm4
    131b:	vmulps %zmm4,%zmm5,%zmm5
    1321:	vpsubd %zmm9,%zmm6,%zmm4
    1327:	vandps 0xcd17(%rip){1to16},%zmm0,%zmm6        # e048 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4968>
    1331:	vmovaps %zmm8,%zmm2{%k1}
    1337:	vpcmpeqd 0xcd0b(%rip){1to16},%zmm6,%k1        # e04c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x496c>
    1341:	vmovaps %zmm2,%zmm5{%k1}
    1347:	vpternlogd $0xf8,0xccb2(%rip){1to16},%zmm0,%zmm5        # e004 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4924>
    1352:	vmulps %zmm1,%zmm5,%zmm0
    1358:	vbroadcastss %xmm3,%zmm1
    135e:	vmulps %zmm0,%zmm1,%zmm0
    1364:	vpmaxsd 0xcce2(%rip){1to16},%zmm4,%zmm1        # e050 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4970>
    136e:	vpslld $0x17,%zmm1,%zmm2
    1375:	vpbroadcastd 0xcc81(%rip),%zmm3        # e000 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4920>
    137f:	vpaddd %zmm3,%zmm2,%zmm2
    1385:	vmulps %zmm2,%zmm0,%zmm0
    138b:	vpsubd %zmm1,%zmm4,%zmm1
    1391:	vpslld $0x17,%zmm1,%zmm1
    1398:	vpaddd %zmm3,%zmm1,%zmm1
    139e:	vmulps %zmm1,%zmm0,%zmm0
    13a4:	mov    %rbp,%rsp
    13a7:	pop    %rbp
    13a8:	ret
    13a9:	nopl   0x0(%rax)
