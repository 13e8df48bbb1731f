    1b30: mov    0x40(%rsp),%rcx
    1b35: prefetcht0 0x800(%rcx,%rdx,1)
    1b3d: vmovapd (%rcx,%rdx,1),%zmm27
    1b44: vandpd 0x3542(%rip){1to8},%zmm27,%zmm5        # 5090 <_pocl_kernel_clact_fwd_workgroup_fast+0x1650>
    1b4e: vmulps %zmm5,%zmm0,%zmm26
    1b54: vcmpltps %zmm1,%zmm26,%k1
    1b5b: vmaxps %zmm26,%zmm1,%zmm26
    1b61: vfmadd132ps 0x34e5(%rip){1to16},%zmm4,%zmm26        # 5050 <_pocl_kernel_clact_fwd_workgroup_fast+0x1610>
    1b6b: vsubps %zmm26,%zmm4,%zmm29
    1b71: vmulps 0x34d9(%rip){1to16},%zmm29,%zmm30        # 5054 <_pocl_kernel_clact_fwd_workgroup_fast+0x1614>
    1b7b: vfmadd231ps %zmm5,%zmm0,%zmm30
    1b81: vfmadd231ps 0x34cd(%rip){1to16},%zmm29,%zmm30        # 5058 <_pocl_kernel_clact_fwd_workgroup_fast+0x1618>
    1b8b: vbroadcastss 0x34c7(%rip),%zmm5        # 505c <_pocl_kernel_clact_fwd_workgroup_fast+0x161c>
    1b95: vfmadd213ps 0x34c1(%rip){1to16},%zmm30,%zmm5        # 5060 <_pocl_kernel_clact_fwd_workgroup_fast+0x1620>
    1b9f: vfmadd213ps 0x34bb(%rip){1to16},%zmm30,%zmm5        # 5064 <_pocl_kernel_clact_fwd_workgroup_fast+0x1624>
    1ba9: vfmadd213ps 0x34b5(%rip){1to16},%zmm30,%zmm5        # 5068 <_pocl_kernel_clact_fwd_workgroup_fast+0x1628>
    1bb3: vfmadd213ps 0x34af(%rip){1to16},%zmm30,%zmm5        # 506c <_pocl_kernel_clact_fwd_workgroup_fast+0x162c>
    1bbd: vfmadd213ps 0x34a9(%rip){1to16},%zmm30,%zmm5        # 5070 <_pocl_kernel_clact_fwd_workgroup_fast+0x1630>
    1bc7: vmulps %zmm30,%zmm30,%zmm29
    1bcd: vfmadd213ps %zmm30,%zmm29,%zmm5
    1bd3: vbroadcastss 0x3497(%rip),%zmm5{%k1}        # 5074 <_pocl_kernel_clact_fwd_workgroup_fast+0x1634>
    1bdd: vpmaxsd %zmm26,%zmm28,%zmm29
    1be3: vpslld $0x17,%zmm29,%zmm30
    1bea: vmovdqa64 %zmm30,%zmm31
    1bf0: vfmadd213ps %zmm30,%zmm5,%zmm31
    1bf6: vbroadcastss 0x3478(%rip),%zmm23        # 5078 <_pocl_kernel_clact_fwd_workgroup_fast+0x1638>
    1c00: vfmadd231ps %zmm6,%zmm31,%zmm23
    1c06: vmovaps %zmm23,%zmm25
    1c0c: vfmadd213ps %zmm12,%zmm11,%zmm25
    1c12: vfmadd213ps %zmm13,%zmm23,%zmm25
    1c18: vfmadd213ps %zmm14,%zmm23,%zmm25
    1c1e: vfmadd213ps %zmm15,%zmm23,%zmm25
    1c24: vfmadd213ps %zmm16,%zmm23,%zmm25
    1c2a: vfmadd213ps %zmm17,%zmm23,%zmm25
    1c30: vfmadd213ps %zmm18,%zmm23,%zmm25
    1c36: vfmadd213ps %zmm19,%zmm23,%zmm25
    1c3c: vfmadd213ps %zmm20,%zmm23,%zmm25
    1c42: vmovaps %zmm7,%zmm23
    1c48: vfmadd213ps %zmm7,%zmm5,%zmm23
    1c4e: vsubps %zmm23,%zmm7,%zmm10
    1c54: vfmadd231ps %zmm7,%zmm5,%zmm10
    1c5a: vfmadd213ps %zmm31,%zmm5,%zmm31
    1c60: vfmadd231ps %zmm21,%zmm23,%zmm10
    1c66: vfmadd231ps %zmm31,%zmm25,%zmm10
    1c6c: vcmpltps %zmm27,%zmm24,%k1
    1c73: vmulps %zmm27,%zmm8,%zmm5{%k1}{z}
    1c79: vfmadd231ps %zmm10,%zmm30,%zmm5
    1c7f: vfmadd231ps %zmm23,%zmm30,%zmm5
    1c85: vpsubd %zmm29,%zmm26,%zmm10
    1c8b: vpaddd %zmm10,%zmm9,%zmm10
    1c91: vmovdqa32 %zmm9,%zmm10{%k1}
    1c97: vmulps %zmm5,%zmm2,%zmm5
    1c9d: vpslld $0x17,%zmm10,%zmm10
    1ca4: vpaddd 0x3362(%rip){1to16},%zmm10,%zmm23        # 5010 <_pocl_kernel_clact_fwd_workgroup_fast+0x15d0>
    1cae: vpminsd 0x33c8(%rip){1to16},%zmm10,%zmm10        # 5080 <_pocl_kernel_clact_fwd_workgroup_fast+0x1640>
    1cb8: vpmaxsd 0x3342(%rip){1to16},%zmm23,%zmm23        # 5004 <_pocl_kernel_clact_fwd_workgroup_fast+0x15c4>
    1cc2: vpaddd 0x33b8(%rip){1to16},%zmm10,%zmm10        # 5084 <_pocl_kernel_clact_fwd_workgroup_fast+0x1644>
    1ccc: vmulps %zmm23,%zmm5,%zmm5
    1cd2: vmulps %zmm10,%zmm5,%zmm5
    1cd8: mov    0x30(%rsp),%rcx
    1cdd: vmovaps %zmm5,(%rcx,%rdx,1)
    1ce4: add    $0x40,%rdx
    1ce8: inc    %rax
    1ceb: jne    1b30 <_pocl_kernel_clact_fwd+0xb30>
