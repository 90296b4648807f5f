// specs/autoencoder.model, batch 64: 32 shaders
// ==== train_step: 18 kernels
// ---- e1_matmul (matmul, 8 workgroups, train_step.000.e1_matmul.wgsl) from specs/autoencoder.model:10
// e1_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:10
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 512u; t += stride) {
    let rem = t % 512u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 784u + opaque; k++) {
      let v0: f32 = data[m0 * 784u + k];
      let v1: f32 = data[min(m0 + 1u, 63u) * 784u + k];
      let v2: f32 = data[min(m0 + 2u, 63u) * 784u + k];
      let v3: f32 = data[min(m0 + 3u, 63u) * 784u + k];
      let v4: f32 = params[k * 128u + n0];
      let v5: f32 = params[k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = params[k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = params[k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 128u) {
      let v8: f32 = params[100352u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[m0 * 128u + n0] = v10;
    }
    if (m0 + 0u < 64u && n0 + 1u < 128u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[100352u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 128u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 64u && n0 + 2u < 128u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[100352u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 128u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 64u && n0 + 3u < 128u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[100352u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 64u && n0 + 0u < 128u) {
      let v23: f32 = params[100352u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[(m0 + 1u) * 128u + n0] = v25;
    }
    if (m0 + 1u < 64u && n0 + 1u < 128u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[100352u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 64u && n0 + 2u < 128u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[100352u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 64u && n0 + 3u < 128u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[100352u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 64u && n0 + 0u < 128u) {
      let v38: f32 = params[100352u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[(m0 + 2u) * 128u + n0] = v40;
    }
    if (m0 + 2u < 64u && n0 + 1u < 128u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[100352u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 64u && n0 + 2u < 128u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[100352u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 64u && n0 + 3u < 128u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[100352u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 64u && n0 + 0u < 128u) {
      let v53: f32 = params[100352u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[(m0 + 3u) * 128u + n0] = v55;
    }
    if (m0 + 3u < 64u && n0 + 1u < 128u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[100352u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 64u && n0 + 2u < 128u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[100352u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 64u && n0 + 3u < 128u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[100352u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v67;
    }
  }
}
// ---- encoding_matmul (matmul, 2 workgroups, train_step.001.encoding_matmul.wgsl) from specs/autoencoder.model:11
// encoding_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:11
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 128u; t += stride) {
    let rem = t % 128u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[m0 * 128u + k];
      let v1: f32 = work[min(m0 + 1u, 63u) * 128u + k];
      let v2: f32 = work[min(m0 + 2u, 63u) * 128u + k];
      let v3: f32 = work[min(m0 + 3u, 63u) * 128u + k];
      let v4: f32 = params[100480u + k * 32u + n0];
      let v5: f32 = params[100480u + k * 32u + min(n0 + 1u, 31u)];
      let v6: f32 = params[100480u + k * 32u + min(n0 + 2u, 31u)];
      let v7: f32 = params[100480u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      let v8: f32 = params[104576u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[8192u + m0 * 32u + n0] = v10;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[104576u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[8192u + m0 * 32u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[104576u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[8192u + m0 * 32u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[104576u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[8192u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      let v23: f32 = params[104576u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[8192u + (m0 + 1u) * 32u + n0] = v25;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[104576u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[8192u + (m0 + 1u) * 32u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[104576u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[8192u + (m0 + 1u) * 32u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[104576u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[8192u + (m0 + 1u) * 32u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      let v38: f32 = params[104576u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[8192u + (m0 + 2u) * 32u + n0] = v40;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[104576u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[8192u + (m0 + 2u) * 32u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[104576u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[8192u + (m0 + 2u) * 32u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[104576u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[8192u + (m0 + 2u) * 32u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      let v53: f32 = params[104576u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[8192u + (m0 + 3u) * 32u + n0] = v55;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[104576u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[8192u + (m0 + 3u) * 32u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[104576u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[8192u + (m0 + 3u) * 32u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[104576u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[8192u + (m0 + 3u) * 32u + (n0 + 3u)] = v67;
    }
  }
}
// ---- d1_matmul (matmul, 8 workgroups, train_step.002.d1_matmul.wgsl) from specs/autoencoder.model:12
// d1_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 512u; t += stride) {
    let rem = t % 512u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: f32 = work[8192u + m0 * 32u + k];
      let v1: f32 = work[8192u + min(m0 + 1u, 63u) * 32u + k];
      let v2: f32 = work[8192u + min(m0 + 2u, 63u) * 32u + k];
      let v3: f32 = work[8192u + min(m0 + 3u, 63u) * 32u + k];
      let v4: f32 = params[104608u + k * 128u + n0];
      let v5: f32 = params[104608u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = params[104608u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = params[104608u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 128u) {
      let v8: f32 = params[108704u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[10240u + m0 * 128u + n0] = v10;
    }
    if (m0 + 0u < 64u && n0 + 1u < 128u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[108704u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[10240u + m0 * 128u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 64u && n0 + 2u < 128u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[108704u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[10240u + m0 * 128u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 64u && n0 + 3u < 128u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[108704u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[10240u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 64u && n0 + 0u < 128u) {
      let v23: f32 = params[108704u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[10240u + (m0 + 1u) * 128u + n0] = v25;
    }
    if (m0 + 1u < 64u && n0 + 1u < 128u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[108704u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[10240u + (m0 + 1u) * 128u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 64u && n0 + 2u < 128u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[108704u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[10240u + (m0 + 1u) * 128u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 64u && n0 + 3u < 128u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[108704u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[10240u + (m0 + 1u) * 128u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 64u && n0 + 0u < 128u) {
      let v38: f32 = params[108704u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[10240u + (m0 + 2u) * 128u + n0] = v40;
    }
    if (m0 + 2u < 64u && n0 + 1u < 128u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[108704u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[10240u + (m0 + 2u) * 128u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 64u && n0 + 2u < 128u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[108704u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[10240u + (m0 + 2u) * 128u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 64u && n0 + 3u < 128u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[108704u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[10240u + (m0 + 2u) * 128u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 64u && n0 + 0u < 128u) {
      let v53: f32 = params[108704u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[10240u + (m0 + 3u) * 128u + n0] = v55;
    }
    if (m0 + 3u < 64u && n0 + 1u < 128u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[108704u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[10240u + (m0 + 3u) * 128u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 64u && n0 + 2u < 128u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[108704u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[10240u + (m0 + 3u) * 128u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 64u && n0 + 3u < 128u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[108704u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[10240u + (m0 + 3u) * 128u + (n0 + 3u)] = v67;
    }
  }
}
// ---- reconstruction_matmul (matmul, 49 workgroups, train_step.003.reconstruction_matmul.wgsl) from specs/autoencoder.model:13
// reconstruction_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 64u + opaque; j++) {
        s0_acc0 += data[100352u + j];
      }
      work[68608u] = s0_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s1_v0: f32 = work[68608u];
      let s1_v1: f32 = (state[8u] + s1_v0);
      state[8u] = s1_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[68608u];
      let s2_v1: f32 = (s2_v0 * 784.0f);
      work[68612u] = s2_v1;
      let s2_v2: f32 = (state[20u] + s2_v1);
      state[20u] = s2_v2;
    }
  }
  for (var t = gid.x; t < 3136u; t += stride) {
    let rem = t % 3136u;
    let m0 = (rem / 196u) * 4u;
    let n0 = (rem % 196u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[10240u + m0 * 128u + k];
      let v1: f32 = work[10240u + min(m0 + 1u, 63u) * 128u + k];
      let v2: f32 = work[10240u + min(m0 + 2u, 63u) * 128u + k];
      let v3: f32 = work[10240u + min(m0 + 3u, 63u) * 128u + k];
      let v4: f32 = params[108832u + k * 784u + n0];
      let v5: f32 = params[108832u + k * 784u + min(n0 + 1u, 783u)];
      let v6: f32 = params[108832u + k * 784u + min(n0 + 2u, 783u)];
      let v7: f32 = params[108832u + k * 784u + min(n0 + 3u, 783u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 784u) {
      work[18432u + m0 * 784u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 784u) {
      work[18432u + m0 * 784u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 784u) {
      work[18432u + m0 * 784u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 784u) {
      work[18432u + m0 * 784u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 784u) {
      work[18432u + (m0 + 1u) * 784u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 784u) {
      work[18432u + (m0 + 1u) * 784u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 784u) {
      work[18432u + (m0 + 1u) * 784u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 784u) {
      work[18432u + (m0 + 1u) * 784u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 784u) {
      work[18432u + (m0 + 2u) * 784u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 784u) {
      work[18432u + (m0 + 2u) * 784u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 784u) {
      work[18432u + (m0 + 2u) * 784u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 784u) {
      work[18432u + (m0 + 2u) * 784u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 784u) {
      work[18432u + (m0 + 3u) * 784u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 784u) {
      work[18432u + (m0 + 3u) * 784u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 784u) {
      work[18432u + (m0 + 3u) * 784u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 784u) {
      work[18432u + (m0 + 3u) * 784u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- loss_sum (reduce, 1 workgroups, train_step.004.loss_sum.wgsl) from specs/autoencoder.model:15, specs/autoencoder.model:13
// loss_sum: reduce kernel (mdlc)
// from specs/autoencoder.model:15, specs/autoencoder.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 784u + opaque; j++) {
      let v2: f32 = params[209184u + j];
      let v3: f32 = (work[18432u + r * 784u + j] + v2);
      let v4: f32 = (1.0f / (1.0f + exp(-v3)));
      let v5: f32 = (v4 - data[50176u + r * 784u + j]);
      let v6: f32 = (v5 * v5);
      acc0 += v6;
    }
    work[118792u + r] = acc0;
    for (var j = 0u; j < 784u + opaque; j++) {
      let v7: f32 = params[209184u + j];
      let v8: f32 = (work[18432u + r * 784u + j] + v7);
      let v9: f32 = (1.0f / (1.0f + exp(-v8)));
      let v10: f32 = (v9 - data[50176u + r * 784u + j]);
      work[68616u + r * 784u + j] = v10;
      let v11: f32 = work[68608u];
      let v12: f32 = max(v11, 9.999999960041972e-13f);
      let v13: f32 = (1.0f / v12);
      let v14: f32 = (v13 * data[100352u + r]);
      let v15: f32 = (v14 * 0.0012755101779475808f);
      let v16: f32 = (v15 * v10);
      let v17: f32 = (v16 + v16);
      let v18: f32 = (1.0f - v9);
      let v19: f32 = (v9 * v18);
      let v20: f32 = (v17 * v19);
      work[118856u + r * 784u + j] = v20;
    }
  }
}
// ---- reconstruction_grad_sum (reduce, 13 workgroups, train_step.005.reconstruction_grad_sum.wgsl) from specs/autoencoder.model:13
// reconstruction_grad_sum: reduce kernel (mdlc)
// from specs/autoencoder.model:13
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 64u + opaque; j++) {
        let s0_v2: f32 = (work[118792u + j] * 0.0012755101779475808f);
        let s0_v3: f32 = (s0_v2 * data[100352u + j]);
        s0_acc0 += s0_v3;
      }
      work[18432u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 50176u + opaque; j++) {
        let s1_v2: f32 = abs(work[68616u + (j / 784u) * 784u + (j % 784u)]);
        let s1_v3: u32 = (j / 784u);
        let s1_v4: f32 = data[100352u + s1_v3];
        let s1_v5: f32 = (s1_v2 * s1_v4);
        s1_acc0 += s1_v5;
      }
      work[18440u] = s1_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[18432u];
      let s2_v1: f32 = work[68608u];
      let s2_v2: f32 = max(s2_v1, 9.999999960041972e-13f);
      let s2_v3: f32 = (s2_v0 / s2_v2);
      work[18436u] = s2_v3;
      let s2_v4: f32 = (s2_v3 * s2_v1);
      let s2_v5: f32 = (state[4u] + s2_v4);
      state[4u] = s2_v5;
      let s2_v6: f32 = abs(s2_v3);
      let s2_v7: f32 = select(0.0f, 1.0f, s2_v6 <= 3.0000000054977558e+38f);
      let s2_v8: f32 = (1.0f - s2_v7);
      let s2_v9: f32 = (state[12u] + s2_v8);
      state[12u] = s2_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[18440u];
      let s3_v1: f32 = (state[16u] + s3_v0);
      state[16u] = s3_v1;
    }
  }
  for (var r = gid.x; r < 784u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      acc0 += work[118856u + j * 784u + r];
    }
    work[18444u + r] = acc0;
  }
}
// ---- reconstruction_grad_matmul (matmul, 8 workgroups, train_step.006.reconstruction_grad_matmul.wgsl) from specs/autoencoder.model:13
// reconstruction_grad_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 512u; t += stride) {
    let rem = t % 512u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 784u + opaque; k++) {
      let v0: f32 = work[118856u + m0 * 784u + k];
      let v1: f32 = work[118856u + min(m0 + 1u, 63u) * 784u + k];
      let v2: f32 = work[118856u + min(m0 + 2u, 63u) * 784u + k];
      let v3: f32 = work[118856u + min(m0 + 3u, 63u) * 784u + k];
      let v4: f32 = params[108832u + n0 * 784u + k];
      let v5: f32 = params[108832u + min(n0 + 1u, 127u) * 784u + k];
      let v6: f32 = params[108832u + min(n0 + 2u, 127u) * 784u + k];
      let v7: f32 = params[108832u + min(n0 + 3u, 127u) * 784u + k];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 128u) {
      work[19228u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 128u) {
      work[19228u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 128u) {
      work[19228u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 128u) {
      work[19228u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 128u) {
      work[19228u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 128u) {
      work[19228u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 128u) {
      work[19228u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 128u) {
      work[19228u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 128u) {
      work[19228u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 128u) {
      work[19228u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 128u) {
      work[19228u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 128u) {
      work[19228u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 128u) {
      work[19228u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 128u) {
      work[19228u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 128u) {
      work[19228u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 128u) {
      work[19228u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- reconstruction_grad_matmul_1 (matmul, 98 workgroups, train_step.007.reconstruction_grad_matmul_1.wgsl) from specs/autoencoder.model:13
// reconstruction_grad_matmul_1: matmul kernel (mdlc)
// from specs/autoencoder.model:13
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 6272u; t += stride) {
    let rem = t % 6272u;
    let m0 = (rem / 196u) * 4u;
    let n0 = (rem % 196u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: f32 = work[10240u + k * 128u + m0];
      let v1: f32 = work[10240u + k * 128u + min(m0 + 1u, 127u)];
      let v2: f32 = work[10240u + k * 128u + min(m0 + 2u, 127u)];
      let v3: f32 = work[10240u + k * 128u + min(m0 + 3u, 127u)];
      let v4: f32 = work[118856u + k * 784u + n0];
      let v5: f32 = work[118856u + k * 784u + min(n0 + 1u, 783u)];
      let v6: f32 = work[118856u + k * 784u + min(n0 + 2u, 783u)];
      let v7: f32 = work[118856u + k * 784u + min(n0 + 3u, 783u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 784u) {
      work[169032u + m0 * 784u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 784u) {
      work[169032u + m0 * 784u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 784u) {
      work[169032u + m0 * 784u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 784u) {
      work[169032u + m0 * 784u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 784u) {
      work[169032u + (m0 + 1u) * 784u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 784u) {
      work[169032u + (m0 + 1u) * 784u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 784u) {
      work[169032u + (m0 + 1u) * 784u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 784u) {
      work[169032u + (m0 + 1u) * 784u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 784u) {
      work[169032u + (m0 + 2u) * 784u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 784u) {
      work[169032u + (m0 + 2u) * 784u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 784u) {
      work[169032u + (m0 + 2u) * 784u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 784u) {
      work[169032u + (m0 + 2u) * 784u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 784u) {
      work[169032u + (m0 + 3u) * 784u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 784u) {
      work[169032u + (m0 + 3u) * 784u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 784u) {
      work[169032u + (m0 + 3u) * 784u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 784u) {
      work[169032u + (m0 + 3u) * 784u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- d1_grad_sum (reduce, 2 workgroups, train_step.008.d1_grad_sum.wgsl) from specs/autoencoder.model:12
// d1_grad_sum: reduce kernel (mdlc)
// from specs/autoencoder.model:12
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = select(0.0f, 1.0f, 0.0f < work[10240u + j * 128u + r]);
      let v3: f32 = (work[19228u + j * 128u + r] * v2);
      acc0 += v3;
    }
    work[35612u + r] = acc0;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v4: f32 = select(0.0f, 1.0f, 0.0f < work[10240u + j * 128u + r]);
      let v5: f32 = (work[19228u + j * 128u + r] * v4);
      work[27420u + j * 128u + r] = v5;
    }
  }
}
// ---- d1_grad_matmul (matmul, 2 workgroups, train_step.009.d1_grad_matmul.wgsl) from specs/autoencoder.model:12
// d1_grad_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 128u; t += stride) {
    let rem = t % 128u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[27420u + m0 * 128u + k];
      let v1: f32 = work[27420u + min(m0 + 1u, 63u) * 128u + k];
      let v2: f32 = work[27420u + min(m0 + 2u, 63u) * 128u + k];
      let v3: f32 = work[27420u + min(m0 + 3u, 63u) * 128u + k];
      let v4: f32 = params[104608u + n0 * 128u + k];
      let v5: f32 = params[104608u + min(n0 + 1u, 31u) * 128u + k];
      let v6: f32 = params[104608u + min(n0 + 2u, 31u) * 128u + k];
      let v7: f32 = params[104608u + min(n0 + 3u, 31u) * 128u + k];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[10240u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[10240u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[10240u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[10240u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[10240u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[10240u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[10240u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[10240u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[10240u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[10240u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[10240u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[10240u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[10240u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[10240u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[10240u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[10240u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- d1_grad_matmul_1 (matmul, 4 workgroups, train_step.010.d1_grad_matmul_1.wgsl) from specs/autoencoder.model:12
// d1_grad_matmul_1: matmul kernel (mdlc)
// from specs/autoencoder.model:12
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 256u; t += stride) {
    let rem = t % 256u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: f32 = work[8192u + k * 32u + m0];
      let v1: f32 = work[8192u + k * 32u + min(m0 + 1u, 31u)];
      let v2: f32 = work[8192u + k * 32u + min(m0 + 2u, 31u)];
      let v3: f32 = work[8192u + k * 32u + min(m0 + 3u, 31u)];
      let v4: f32 = work[27420u + k * 128u + n0];
      let v5: f32 = work[27420u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = work[27420u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = work[27420u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 128u) {
      work[12288u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 128u) {
      work[12288u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 128u) {
      work[12288u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 128u) {
      work[12288u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 128u) {
      work[12288u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 128u) {
      work[12288u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 128u) {
      work[12288u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 128u) {
      work[12288u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 128u) {
      work[12288u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 128u) {
      work[12288u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 128u) {
      work[12288u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 128u) {
      work[12288u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 128u) {
      work[12288u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 128u) {
      work[12288u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 128u) {
      work[12288u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 128u) {
      work[12288u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoding_grad_sum (reduce, 1 workgroups, train_step.011.encoding_grad_sum.wgsl) from specs/autoencoder.model:11, specs/autoencoder.model:12
// encoding_grad_sum: reduce kernel (mdlc)
// from specs/autoencoder.model:11, specs/autoencoder.model:12
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = select(0.0f, 1.0f, 0.0f < work[8192u + j * 32u + r]);
      let v3: f32 = (work[10240u + j * 32u + r] * v2);
      acc0 += v3;
    }
    work[19228u + r] = acc0;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v4: f32 = select(0.0f, 1.0f, 0.0f < work[8192u + j * 32u + r]);
      let v5: f32 = (work[10240u + j * 32u + r] * v4);
      work[16384u + j * 32u + r] = v5;
    }
  }
}
// ---- encoding_grad_matmul (matmul, 8 workgroups, train_step.012.encoding_grad_matmul.wgsl) from specs/autoencoder.model:11
// encoding_grad_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:11
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 512u; t += stride) {
    let rem = t % 512u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: f32 = work[16384u + m0 * 32u + k];
      let v1: f32 = work[16384u + min(m0 + 1u, 63u) * 32u + k];
      let v2: f32 = work[16384u + min(m0 + 2u, 63u) * 32u + k];
      let v3: f32 = work[16384u + min(m0 + 3u, 63u) * 32u + k];
      let v4: f32 = params[100480u + n0 * 32u + k];
      let v5: f32 = params[100480u + min(n0 + 1u, 127u) * 32u + k];
      let v6: f32 = params[100480u + min(n0 + 2u, 127u) * 32u + k];
      let v7: f32 = params[100480u + min(n0 + 3u, 127u) * 32u + k];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 128u) {
      work[19260u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 128u) {
      work[19260u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 128u) {
      work[19260u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 128u) {
      work[19260u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 128u) {
      work[19260u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 128u) {
      work[19260u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 128u) {
      work[19260u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 128u) {
      work[19260u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 128u) {
      work[19260u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 128u) {
      work[19260u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 128u) {
      work[19260u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 128u) {
      work[19260u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 128u) {
      work[19260u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 128u) {
      work[19260u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 128u) {
      work[19260u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 128u) {
      work[19260u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoding_grad_matmul_1 (matmul, 4 workgroups, train_step.013.encoding_grad_matmul_1.wgsl) from specs/autoencoder.model:11
// encoding_grad_matmul_1: matmul kernel (mdlc)
// from specs/autoencoder.model:11
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 256u; t += stride) {
    let rem = t % 256u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: f32 = work[k * 128u + m0];
      let v1: f32 = work[k * 128u + min(m0 + 1u, 127u)];
      let v2: f32 = work[k * 128u + min(m0 + 2u, 127u)];
      let v3: f32 = work[k * 128u + min(m0 + 3u, 127u)];
      let v4: f32 = work[16384u + k * 32u + n0];
      let v5: f32 = work[16384u + k * 32u + min(n0 + 1u, 31u)];
      let v6: f32 = work[16384u + k * 32u + min(n0 + 2u, 31u)];
      let v7: f32 = work[16384u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 32u) {
      work[8192u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 32u) {
      work[8192u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 32u) {
      work[8192u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 32u) {
      work[8192u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 32u) {
      work[8192u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 32u) {
      work[8192u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 32u) {
      work[8192u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 32u) {
      work[8192u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 32u) {
      work[8192u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 32u) {
      work[8192u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 32u) {
      work[8192u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 32u) {
      work[8192u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 32u) {
      work[8192u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 32u) {
      work[8192u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 32u) {
      work[8192u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 32u) {
      work[8192u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- e1_grad_sum (reduce, 2 workgroups, train_step.014.e1_grad_sum.wgsl) from specs/autoencoder.model:10, specs/autoencoder.model:12
// e1_grad_sum: reduce kernel (mdlc)
// from specs/autoencoder.model:10, specs/autoencoder.model:12
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = select(0.0f, 1.0f, 0.0f < work[j * 128u + r]);
      let v3: f32 = (work[19260u + j * 128u + r] * v2);
      acc0 += v3;
    }
    work[16384u + r] = acc0;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v4: f32 = select(0.0f, 1.0f, 0.0f < work[j * 128u + r]);
      let v5: f32 = (work[19260u + j * 128u + r] * v4);
      work[35740u + j * 128u + r] = v5;
    }
  }
}
// ---- e1_grad_matmul (matmul, 98 workgroups, train_step.015.e1_grad_matmul.wgsl) from specs/autoencoder.model:10
// e1_grad_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:10
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 6272u; t += stride) {
    let rem = t % 6272u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: f32 = data[k * 784u + m0];
      let v1: f32 = data[k * 784u + min(m0 + 1u, 783u)];
      let v2: f32 = data[k * 784u + min(m0 + 2u, 783u)];
      let v3: f32 = data[k * 784u + min(m0 + 3u, 783u)];
      let v4: f32 = work[35740u + k * 128u + n0];
      let v5: f32 = work[35740u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = work[35740u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = work[35740u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 784u && n0 + 0u < 128u) {
      work[68616u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 784u && n0 + 1u < 128u) {
      work[68616u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 784u && n0 + 2u < 128u) {
      work[68616u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 784u && n0 + 3u < 128u) {
      work[68616u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 784u && n0 + 0u < 128u) {
      work[68616u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 784u && n0 + 1u < 128u) {
      work[68616u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 784u && n0 + 2u < 128u) {
      work[68616u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 784u && n0 + 3u < 128u) {
      work[68616u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 784u && n0 + 0u < 128u) {
      work[68616u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 784u && n0 + 1u < 128u) {
      work[68616u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 784u && n0 + 2u < 128u) {
      work[68616u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 784u && n0 + 3u < 128u) {
      work[68616u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 784u && n0 + 0u < 128u) {
      work[68616u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 784u && n0 + 1u < 128u) {
      work[68616u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 784u && n0 + 2u < 128u) {
      work[68616u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 784u && n0 + 3u < 128u) {
      work[68616u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- optimizer_sum (elementwise, 1 workgroups, train_step.016.optimizer_sum.wgsl) from 
// optimizer_sum: elementwise kernel (mdlc)
// from generated code
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 100352u + opaque; j++) {
        let s0_v2: f32 = (work[68616u + (j / 128u) * 128u + (j % 128u)] * work[68616u + (j / 128u) * 128u + (j % 128u)]);
        s0_acc0 += s0_v2;
      }
      work[0u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 4096u + opaque; j++) {
        let s1_v2: f32 = (work[8192u + (j / 32u) * 32u + (j % 32u)] * work[8192u + (j / 32u) * 32u + (j % 32u)]);
        s1_acc0 += s1_v2;
      }
      work[8u] = s1_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s2_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s2_v2: f32 = work[19228u + (j % 32u)];
        let s2_v3: f32 = (s2_v2 * s2_v2);
        s2_acc0 += s2_v3;
      }
      work[12u] = s2_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s3_acc0: f32 = 0.0f;
      for (var j = 0u; j < 4096u + opaque; j++) {
        let s3_v2: f32 = (work[12288u + (j / 128u) * 128u + (j % 128u)] * work[12288u + (j / 128u) * 128u + (j % 128u)]);
        s3_acc0 += s3_v2;
      }
      work[16u] = s3_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s4_acc0: f32 = 0.0f;
      for (var j = 0u; j < 100352u + opaque; j++) {
        let s4_v2: f32 = (work[169032u + (j / 784u) * 784u + (j % 784u)] * work[169032u + (j / 784u) * 784u + (j % 784u)]);
        s4_acc0 += s4_v2;
      }
      work[24u] = s4_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s5_acc0: f32 = 0.0f;
      for (var j = 0u; j < 784u + opaque; j++) {
        let s5_v2: f32 = work[18444u + (j % 784u)];
        let s5_v3: f32 = (s5_v2 * s5_v2);
        s5_acc0 += s5_v3;
      }
      work[28u] = s5_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s6_v0: f32 = (state[0u] + 1.0f);
      state[0u] = s6_v0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s7_acc0: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s7_v2: f32 = work[16384u + (j % 128u)];
        let s7_v3: f32 = (s7_v2 * s7_v2);
        s7_acc0 += s7_v3;
      }
      var s7_acc4: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s7_v6: f32 = work[35612u + (j % 128u)];
        let s7_v7: f32 = (s7_v6 * s7_v6);
        s7_acc4 += s7_v7;
      }
      work[4u] = s7_acc0;
      work[20u] = s7_acc4;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s7_v8: f32 = (state[200748u + j] * 0.8999999761581421f);
        let s7_v9: f32 = work[16384u + (j % 128u)];
        let s7_v10: f32 = work[0u];
        let s7_v11: f32 = (s7_v10 + s7_acc0);
        let s7_v12: f32 = work[8u];
        let s7_v13: f32 = (s7_v11 + s7_v12);
        let s7_v14: f32 = work[12u];
        let s7_v15: f32 = (s7_v13 + s7_v14);
        let s7_v16: f32 = work[16u];
        let s7_v17: f32 = (s7_v15 + s7_v16);
        let s7_v18: f32 = (s7_v17 + s7_acc4);
        let s7_v19: f32 = work[24u];
        let s7_v20: f32 = (s7_v18 + s7_v19);
        let s7_v21: f32 = work[28u];
        let s7_v22: f32 = (s7_v20 + s7_v21);
        let s7_v23: f32 = sqrt(s7_v22);
        let s7_v24: f32 = max(s7_v23, 1.0f);
        let s7_v25: f32 = (1.0f / s7_v24);
        let s7_v26: f32 = (s7_v9 * s7_v25);
        let s7_v27: f32 = (s7_v26 * 0.10000000149011612f);
        let s7_v28: f32 = (s7_v8 + s7_v27);
        state[200748u + j] = s7_v28;
        let s7_v29: f32 = (state[200876u + j] * 0.9990000128746033f);
        let s7_v30: f32 = (s7_v26 * s7_v26);
        let s7_v31: f32 = (s7_v30 * 0.0010000000474974513f);
        let s7_v32: f32 = (s7_v29 + s7_v31);
        state[200876u + j] = s7_v32;
        let s7_v33: f32 = (state[0u] * (-0.10536051541566849f));
        let s7_v34: f32 = abs(s7_v33);
        let s7_v35: f32 = select(0.0f, 1.0f, s7_v34 < 0.10000000149011612f);
        let s7_v36: f32 = exp(s7_v33);
        let s7_v37: f32 = (1.0f - s7_v36);
        let s7_v38: f32 = (0.008333333767950535f * s7_v33);
        let s7_v39: f32 = (s7_v38 + 0.0416666679084301f);
        let s7_v40: f32 = (s7_v39 * s7_v33);
        let s7_v41: f32 = (s7_v40 + 0.1666666716337204f);
        let s7_v42: f32 = (s7_v41 * s7_v33);
        let s7_v43: f32 = (s7_v42 + 0.5f);
        let s7_v44: f32 = (s7_v43 * s7_v33);
        let s7_v45: f32 = (s7_v44 + 1.0f);
        let s7_v46: f32 = (s7_v33 * s7_v45);
        let s7_v47: f32 = (-s7_v46);
        let s7_v48: f32 = select(s7_v37, s7_v47, s7_v35 != 0.0f);
        let s7_v49: f32 = (s7_v28 / s7_v48);
        let s7_v50: f32 = (state[0u] * (-0.0010005002841353416f));
        let s7_v51: f32 = abs(s7_v50);
        let s7_v52: f32 = select(0.0f, 1.0f, s7_v51 < 0.10000000149011612f);
        let s7_v53: f32 = exp(s7_v50);
        let s7_v54: f32 = (1.0f - s7_v53);
        let s7_v55: f32 = (0.008333333767950535f * s7_v50);
        let s7_v56: f32 = (s7_v55 + 0.0416666679084301f);
        let s7_v57: f32 = (s7_v56 * s7_v50);
        let s7_v58: f32 = (s7_v57 + 0.1666666716337204f);
        let s7_v59: f32 = (s7_v58 * s7_v50);
        let s7_v60: f32 = (s7_v59 + 0.5f);
        let s7_v61: f32 = (s7_v60 * s7_v50);
        let s7_v62: f32 = (s7_v61 + 1.0f);
        let s7_v63: f32 = (s7_v50 * s7_v62);
        let s7_v64: f32 = (-s7_v63);
        let s7_v65: f32 = select(s7_v54, s7_v64, s7_v52 != 0.0f);
        let s7_v66: f32 = (s7_v32 / s7_v65);
        let s7_v67: f32 = sqrt(s7_v66);
        let s7_v68: f32 = (s7_v67 + 1.0000000116860974e-7f);
        let s7_v69: f32 = (s7_v49 / s7_v68);
        let s7_v70: f32 = (0.0010000000474974513f * s7_v69);
        let s7_v71: f32 = (params[100352u + j] - s7_v70);
        params[100352u + j] = s7_v71;
        let s7_v72: f32 = (state[217452u + j] * 0.8999999761581421f);
        let s7_v73: f32 = work[35612u + (j % 128u)];
        let s7_v74: f32 = (s7_v73 * s7_v25);
        let s7_v75: f32 = (s7_v74 * 0.10000000149011612f);
        let s7_v76: f32 = (s7_v72 + s7_v75);
        state[217452u + j] = s7_v76;
        let s7_v77: f32 = (state[217580u + j] * 0.9990000128746033f);
        let s7_v78: f32 = (s7_v74 * s7_v74);
        let s7_v79: f32 = (s7_v78 * 0.0010000000474974513f);
        let s7_v80: f32 = (s7_v77 + s7_v79);
        state[217580u + j] = s7_v80;
        let s7_v81: f32 = (s7_v76 / s7_v48);
        let s7_v82: f32 = (s7_v80 / s7_v65);
        let s7_v83: f32 = sqrt(s7_v82);
        let s7_v84: f32 = (s7_v83 + 1.0000000116860974e-7f);
        let s7_v85: f32 = (s7_v81 / s7_v84);
        let s7_v86: f32 = (0.0010000000474974513f * s7_v85);
        let s7_v87: f32 = (params[108704u + j] - s7_v86);
        params[108704u + j] = s7_v87;
      }
    }
  }
  for (var i = gid.x; i < 1u; i += stride) {
  }
}
// ---- optimizer_sub (elementwise, 3277 workgroups, train_step.017.optimizer_sub.wgsl) from specs/autoencoder.model:16, specs/autoencoder.model:15, specs/autoencoder.model:11, specs/autoencoder.model:13
// optimizer_sub: elementwise kernel (mdlc)
// from specs/autoencoder.model:16, specs/autoencoder.model:15, specs/autoencoder.model:11, specs/autoencoder.model:13
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;
var<private> base0: array<u32, 6> = array<u32, 6>(0u, 100480u, 104576u, 104608u, 108832u, 209184u);
var<private> base1: array<u32, 6> = array<u32, 6>(68616u, 8192u, 19228u, 12288u, 169032u, 18444u);
var<private> base2: array<u32, 6> = array<u32, 6>(44u, 201004u, 209196u, 209260u, 217708u, 418412u);
var<private> base3: array<u32, 6> = array<u32, 6>(44u, 201004u, 209196u, 209260u, 217708u, 418412u);
var<private> base4: array<u32, 6> = array<u32, 6>(100396u, 205100u, 209228u, 213356u, 318060u, 419196u);
var<private> base5: array<u32, 6> = array<u32, 6>(100396u, 205100u, 209228u, 213356u, 318060u, 419196u);
var<private> base6: array<u32, 6> = array<u32, 6>(0u, 100480u, 104576u, 104608u, 108832u, 209184u);

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 209712u; i += stride) {
    var seg = 0u;
    if (i >= 100352u) { seg = 1u; }
    if (i >= 104448u) { seg = 2u; }
    if (i >= 104480u) { seg = 3u; }
    if (i >= 108576u) { seg = 4u; }
    if (i >= 208928u) { seg = 5u; }
    var starts = array<u32, 6>(0u, 100352u, 104448u, 104480u, 108576u, 208928u);
    let j = i - starts[seg];
    let v0: f32 = (state[base2[seg] + j] * 0.8999999761581421f);
    let v1: f32 = (work[0u] + work[4u]);
    let v2: f32 = (v1 + work[8u]);
    let v3: f32 = (v2 + work[12u]);
    let v4: f32 = (v3 + work[16u]);
    let v5: f32 = (v4 + work[20u]);
    let v6: f32 = (v5 + work[24u]);
    let v7: f32 = (v6 + work[28u]);
    let v8: f32 = sqrt(v7);
    let v9: f32 = max(v8, 1.0f);
    let v10: f32 = (1.0f / v9);
    let v11: f32 = (work[base1[seg] + j] * v10);
    let v12: f32 = (v11 * 0.10000000149011612f);
    let v13: f32 = (v0 + v12);
    state[base3[seg] + j] = v13;
    let v14: f32 = (state[base4[seg] + j] * 0.9990000128746033f);
    let v15: f32 = (v11 * v11);
    let v16: f32 = (v15 * 0.0010000000474974513f);
    let v17: f32 = (v14 + v16);
    state[base5[seg] + j] = v17;
    let v18: f32 = (state[0u] * (-0.10536051541566849f));
    let v19: f32 = abs(v18);
    let v20: f32 = select(0.0f, 1.0f, v19 < 0.10000000149011612f);
    let v21: f32 = (0.008333333767950535f * v18);
    let v22: f32 = (v21 + 0.0416666679084301f);
    let v23: f32 = (v22 * v18);
    let v24: f32 = (v23 + 0.1666666716337204f);
    let v25: f32 = (v24 * v18);
    let v26: f32 = (v25 + 0.5f);
    let v27: f32 = (v26 * v18);
    let v28: f32 = (v27 + 1.0f);
    let v29: f32 = (v18 * v28);
    let v30: f32 = (-v29);
    let v31: f32 = exp(v18);
    let v32: f32 = (1.0f - v31);
    let v33: f32 = select(v32, v30, v20 != 0.0f);
    let v34: f32 = (v13 / v33);
    let v35: f32 = (state[0u] * (-0.0010005002841353416f));
    let v36: f32 = abs(v35);
    let v37: f32 = select(0.0f, 1.0f, v36 < 0.10000000149011612f);
    let v38: f32 = (0.008333333767950535f * v35);
    let v39: f32 = (v38 + 0.0416666679084301f);
    let v40: f32 = (v39 * v35);
    let v41: f32 = (v40 + 0.1666666716337204f);
    let v42: f32 = (v41 * v35);
    let v43: f32 = (v42 + 0.5f);
    let v44: f32 = (v43 * v35);
    let v45: f32 = (v44 + 1.0f);
    let v46: f32 = (v35 * v45);
    let v47: f32 = (-v46);
    let v48: f32 = exp(v35);
    let v49: f32 = (1.0f - v48);
    let v50: f32 = select(v49, v47, v37 != 0.0f);
    let v51: f32 = (v17 / v50);
    let v52: f32 = sqrt(v51);
    let v53: f32 = (v52 + 1.0000000116860974e-7f);
    let v54: f32 = (v34 / v53);
    let v55: f32 = (0.0010000000474974513f * v54);
    let v56: f32 = (params[base0[seg] + j] - v55);
    params[base6[seg] + j] = v56;
  }
}
// ==== eval_step: 6 kernels
// ---- e1_matmul (matmul, 8 workgroups, eval_step.000.e1_matmul.wgsl) from specs/autoencoder.model:10
// e1_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:10
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 512u; t += stride) {
    let rem = t % 512u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 784u + opaque; k++) {
      let v0: f32 = data[m0 * 784u + k];
      let v1: f32 = data[min(m0 + 1u, 63u) * 784u + k];
      let v2: f32 = data[min(m0 + 2u, 63u) * 784u + k];
      let v3: f32 = data[min(m0 + 3u, 63u) * 784u + k];
      let v4: f32 = params[k * 128u + n0];
      let v5: f32 = params[k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = params[k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = params[k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 128u) {
      let v8: f32 = params[100352u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[m0 * 128u + n0] = v10;
    }
    if (m0 + 0u < 64u && n0 + 1u < 128u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[100352u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 128u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 64u && n0 + 2u < 128u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[100352u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 128u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 64u && n0 + 3u < 128u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[100352u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 64u && n0 + 0u < 128u) {
      let v23: f32 = params[100352u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[(m0 + 1u) * 128u + n0] = v25;
    }
    if (m0 + 1u < 64u && n0 + 1u < 128u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[100352u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 64u && n0 + 2u < 128u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[100352u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 64u && n0 + 3u < 128u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[100352u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 64u && n0 + 0u < 128u) {
      let v38: f32 = params[100352u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[(m0 + 2u) * 128u + n0] = v40;
    }
    if (m0 + 2u < 64u && n0 + 1u < 128u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[100352u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 64u && n0 + 2u < 128u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[100352u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 64u && n0 + 3u < 128u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[100352u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 64u && n0 + 0u < 128u) {
      let v53: f32 = params[100352u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[(m0 + 3u) * 128u + n0] = v55;
    }
    if (m0 + 3u < 64u && n0 + 1u < 128u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[100352u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 64u && n0 + 2u < 128u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[100352u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 64u && n0 + 3u < 128u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[100352u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v67;
    }
  }
}
// ---- encoding_matmul (matmul, 2 workgroups, eval_step.001.encoding_matmul.wgsl) from specs/autoencoder.model:11
// encoding_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:11
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 128u; t += stride) {
    let rem = t % 128u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[m0 * 128u + k];
      let v1: f32 = work[min(m0 + 1u, 63u) * 128u + k];
      let v2: f32 = work[min(m0 + 2u, 63u) * 128u + k];
      let v3: f32 = work[min(m0 + 3u, 63u) * 128u + k];
      let v4: f32 = params[100480u + k * 32u + n0];
      let v5: f32 = params[100480u + k * 32u + min(n0 + 1u, 31u)];
      let v6: f32 = params[100480u + k * 32u + min(n0 + 2u, 31u)];
      let v7: f32 = params[100480u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      let v8: f32 = params[104576u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[8192u + m0 * 32u + n0] = v10;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[104576u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[8192u + m0 * 32u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[104576u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[8192u + m0 * 32u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[104576u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[8192u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      let v23: f32 = params[104576u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[8192u + (m0 + 1u) * 32u + n0] = v25;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[104576u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[8192u + (m0 + 1u) * 32u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[104576u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[8192u + (m0 + 1u) * 32u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[104576u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[8192u + (m0 + 1u) * 32u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      let v38: f32 = params[104576u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[8192u + (m0 + 2u) * 32u + n0] = v40;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[104576u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[8192u + (m0 + 2u) * 32u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[104576u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[8192u + (m0 + 2u) * 32u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[104576u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[8192u + (m0 + 2u) * 32u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      let v53: f32 = params[104576u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[8192u + (m0 + 3u) * 32u + n0] = v55;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[104576u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[8192u + (m0 + 3u) * 32u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[104576u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[8192u + (m0 + 3u) * 32u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[104576u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[8192u + (m0 + 3u) * 32u + (n0 + 3u)] = v67;
    }
  }
}
// ---- d1_matmul (matmul, 8 workgroups, eval_step.002.d1_matmul.wgsl) from specs/autoencoder.model:12
// d1_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 512u; t += stride) {
    let rem = t % 512u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: f32 = work[8192u + m0 * 32u + k];
      let v1: f32 = work[8192u + min(m0 + 1u, 63u) * 32u + k];
      let v2: f32 = work[8192u + min(m0 + 2u, 63u) * 32u + k];
      let v3: f32 = work[8192u + min(m0 + 3u, 63u) * 32u + k];
      let v4: f32 = params[104608u + k * 128u + n0];
      let v5: f32 = params[104608u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = params[104608u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = params[104608u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 128u) {
      let v8: f32 = params[108704u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[m0 * 128u + n0] = v10;
    }
    if (m0 + 0u < 64u && n0 + 1u < 128u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[108704u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 128u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 64u && n0 + 2u < 128u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[108704u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 128u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 64u && n0 + 3u < 128u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[108704u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 64u && n0 + 0u < 128u) {
      let v23: f32 = params[108704u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[(m0 + 1u) * 128u + n0] = v25;
    }
    if (m0 + 1u < 64u && n0 + 1u < 128u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[108704u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 64u && n0 + 2u < 128u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[108704u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 64u && n0 + 3u < 128u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[108704u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 64u && n0 + 0u < 128u) {
      let v38: f32 = params[108704u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[(m0 + 2u) * 128u + n0] = v40;
    }
    if (m0 + 2u < 64u && n0 + 1u < 128u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[108704u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 64u && n0 + 2u < 128u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[108704u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 64u && n0 + 3u < 128u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[108704u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 64u && n0 + 0u < 128u) {
      let v53: f32 = params[108704u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[(m0 + 3u) * 128u + n0] = v55;
    }
    if (m0 + 3u < 64u && n0 + 1u < 128u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[108704u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 64u && n0 + 2u < 128u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[108704u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 64u && n0 + 3u < 128u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[108704u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v67;
    }
  }
}
// ---- reconstruction_matmul (matmul, 49 workgroups, eval_step.003.reconstruction_matmul.wgsl) from specs/autoencoder.model:13
// reconstruction_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 3136u; t += stride) {
    let rem = t % 3136u;
    let m0 = (rem / 196u) * 4u;
    let n0 = (rem % 196u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[m0 * 128u + k];
      let v1: f32 = work[min(m0 + 1u, 63u) * 128u + k];
      let v2: f32 = work[min(m0 + 2u, 63u) * 128u + k];
      let v3: f32 = work[min(m0 + 3u, 63u) * 128u + k];
      let v4: f32 = params[108832u + k * 784u + n0];
      let v5: f32 = params[108832u + k * 784u + min(n0 + 1u, 783u)];
      let v6: f32 = params[108832u + k * 784u + min(n0 + 2u, 783u)];
      let v7: f32 = params[108832u + k * 784u + min(n0 + 3u, 783u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 784u) {
      work[10240u + m0 * 784u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 784u) {
      work[10240u + m0 * 784u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 784u) {
      work[10240u + m0 * 784u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 784u) {
      work[10240u + m0 * 784u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 784u) {
      work[10240u + (m0 + 1u) * 784u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 784u) {
      work[10240u + (m0 + 1u) * 784u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 784u) {
      work[10240u + (m0 + 1u) * 784u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 784u) {
      work[10240u + (m0 + 1u) * 784u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 784u) {
      work[10240u + (m0 + 2u) * 784u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 784u) {
      work[10240u + (m0 + 2u) * 784u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 784u) {
      work[10240u + (m0 + 2u) * 784u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 784u) {
      work[10240u + (m0 + 2u) * 784u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 784u) {
      work[10240u + (m0 + 3u) * 784u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 784u) {
      work[10240u + (m0 + 3u) * 784u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 784u) {
      work[10240u + (m0 + 3u) * 784u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 784u) {
      work[10240u + (m0 + 3u) * 784u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- loss_sum (reduce, 1 workgroups, eval_step.004.loss_sum.wgsl) from specs/autoencoder.model:15, specs/autoencoder.model:13
// loss_sum: reduce kernel (mdlc)
// from specs/autoencoder.model:15, specs/autoencoder.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 784u + opaque; j++) {
      let v2: f32 = params[209184u + j];
      let v3: f32 = (work[10240u + r * 784u + j] + v2);
      let v4: f32 = (1.0f / (1.0f + exp(-v3)));
      let v5: f32 = (v4 - data[50176u + r * 784u + j]);
      let v6: f32 = (v5 * v5);
      acc0 += v6;
    }
    work[r] = acc0;
    for (var j = 0u; j < 784u + opaque; j++) {
      let v7: f32 = params[209184u + j];
      let v8: f32 = (work[10240u + r * 784u + j] + v7);
      let v9: f32 = (1.0f / (1.0f + exp(-v8)));
      let v10: f32 = (v9 - data[50176u + r * 784u + j]);
      work[60416u + r * 784u + j] = v10;
    }
  }
}
// ---- loss_sum_1 (elementwise, 1 workgroups, eval_step.005.loss_sum_1.wgsl) from 
// loss_sum_1: elementwise kernel (mdlc)
// from generated code
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 64u + opaque; j++) {
        let s0_v2: f32 = (work[j] * 0.0012755101779475808f);
        let s0_v3: f32 = (s0_v2 * data[100352u + j]);
        s0_acc0 += s0_v3;
      }
      work[64u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 64u + opaque; j++) {
        s1_acc0 += data[100352u + j];
      }
      work[68u] = s1_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s2_acc0: f32 = 0.0f;
      for (var j = 0u; j < 50176u + opaque; j++) {
        let s2_v2: f32 = abs(work[60416u + (j / 784u) * 784u + (j % 784u)]);
        let s2_v3: u32 = (j / 784u);
        let s2_v4: f32 = data[100352u + s2_v3];
        let s2_v5: f32 = (s2_v2 * s2_v4);
        s2_acc0 += s2_v5;
      }
      work[76u] = s2_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[68u];
      let s3_v1: f32 = (state[28u] + s3_v0);
      state[28u] = s3_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s4_v0: f32 = work[64u];
      let s4_v1: f32 = work[68u];
      let s4_v2: f32 = max(s4_v1, 9.999999960041972e-13f);
      let s4_v3: f32 = (s4_v0 / s4_v2);
      work[72u] = s4_v3;
      let s4_v4: f32 = (s4_v3 * s4_v1);
      let s4_v5: f32 = (state[24u] + s4_v4);
      state[24u] = s4_v5;
      let s4_v6: f32 = abs(s4_v3);
      let s4_v7: f32 = select(0.0f, 1.0f, s4_v6 <= 3.0000000054977558e+38f);
      let s4_v8: f32 = (1.0f - s4_v7);
      let s4_v9: f32 = (state[32u] + s4_v8);
      state[32u] = s4_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s5_v0: f32 = work[76u];
      let s5_v1: f32 = (state[36u] + s5_v0);
      state[36u] = s5_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s6_v0: f32 = work[68u];
      let s6_v1: f32 = (s6_v0 * 784.0f);
      work[80u] = s6_v1;
      let s6_v2: f32 = (state[40u] + s6_v1);
      state[40u] = s6_v2;
    }
  }
  for (var i = gid.x; i < 1u; i += stride) {
  }
}
// ==== predict: 4 kernels
// ---- e1_matmul (matmul, 8 workgroups, predict.000.e1_matmul.wgsl) from specs/autoencoder.model:10
// e1_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:10
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 512u; t += stride) {
    let rem = t % 512u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 784u + opaque; k++) {
      let v0: f32 = data[m0 * 784u + k];
      let v1: f32 = data[min(m0 + 1u, 63u) * 784u + k];
      let v2: f32 = data[min(m0 + 2u, 63u) * 784u + k];
      let v3: f32 = data[min(m0 + 3u, 63u) * 784u + k];
      let v4: f32 = params[k * 128u + n0];
      let v5: f32 = params[k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = params[k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = params[k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 128u) {
      let v8: f32 = params[100352u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[m0 * 128u + n0] = v10;
    }
    if (m0 + 0u < 64u && n0 + 1u < 128u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[100352u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 128u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 64u && n0 + 2u < 128u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[100352u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 128u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 64u && n0 + 3u < 128u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[100352u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 64u && n0 + 0u < 128u) {
      let v23: f32 = params[100352u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[(m0 + 1u) * 128u + n0] = v25;
    }
    if (m0 + 1u < 64u && n0 + 1u < 128u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[100352u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 64u && n0 + 2u < 128u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[100352u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 64u && n0 + 3u < 128u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[100352u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 64u && n0 + 0u < 128u) {
      let v38: f32 = params[100352u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[(m0 + 2u) * 128u + n0] = v40;
    }
    if (m0 + 2u < 64u && n0 + 1u < 128u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[100352u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 64u && n0 + 2u < 128u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[100352u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 64u && n0 + 3u < 128u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[100352u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 64u && n0 + 0u < 128u) {
      let v53: f32 = params[100352u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[(m0 + 3u) * 128u + n0] = v55;
    }
    if (m0 + 3u < 64u && n0 + 1u < 128u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[100352u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 64u && n0 + 2u < 128u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[100352u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 64u && n0 + 3u < 128u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[100352u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v67;
    }
  }
}
// ---- encoding_matmul (matmul, 2 workgroups, predict.001.encoding_matmul.wgsl) from specs/autoencoder.model:11
// encoding_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:11
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 128u; t += stride) {
    let rem = t % 128u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[m0 * 128u + k];
      let v1: f32 = work[min(m0 + 1u, 63u) * 128u + k];
      let v2: f32 = work[min(m0 + 2u, 63u) * 128u + k];
      let v3: f32 = work[min(m0 + 3u, 63u) * 128u + k];
      let v4: f32 = params[100480u + k * 32u + n0];
      let v5: f32 = params[100480u + k * 32u + min(n0 + 1u, 31u)];
      let v6: f32 = params[100480u + k * 32u + min(n0 + 2u, 31u)];
      let v7: f32 = params[100480u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      let v8: f32 = params[104576u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[8192u + m0 * 32u + n0] = v10;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[104576u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[8192u + m0 * 32u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[104576u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[8192u + m0 * 32u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[104576u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[8192u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      let v23: f32 = params[104576u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[8192u + (m0 + 1u) * 32u + n0] = v25;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[104576u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[8192u + (m0 + 1u) * 32u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[104576u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[8192u + (m0 + 1u) * 32u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[104576u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[8192u + (m0 + 1u) * 32u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      let v38: f32 = params[104576u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[8192u + (m0 + 2u) * 32u + n0] = v40;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[104576u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[8192u + (m0 + 2u) * 32u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[104576u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[8192u + (m0 + 2u) * 32u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[104576u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[8192u + (m0 + 2u) * 32u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      let v53: f32 = params[104576u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[8192u + (m0 + 3u) * 32u + n0] = v55;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[104576u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[8192u + (m0 + 3u) * 32u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[104576u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[8192u + (m0 + 3u) * 32u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[104576u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[8192u + (m0 + 3u) * 32u + (n0 + 3u)] = v67;
    }
  }
}
// ---- d1_matmul (matmul, 8 workgroups, predict.002.d1_matmul.wgsl) from specs/autoencoder.model:12
// d1_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 512u; t += stride) {
    let rem = t % 512u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: f32 = work[8192u + m0 * 32u + k];
      let v1: f32 = work[8192u + min(m0 + 1u, 63u) * 32u + k];
      let v2: f32 = work[8192u + min(m0 + 2u, 63u) * 32u + k];
      let v3: f32 = work[8192u + min(m0 + 3u, 63u) * 32u + k];
      let v4: f32 = params[104608u + k * 128u + n0];
      let v5: f32 = params[104608u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = params[104608u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = params[104608u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 128u) {
      let v8: f32 = params[108704u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[m0 * 128u + n0] = v10;
    }
    if (m0 + 0u < 64u && n0 + 1u < 128u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[108704u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 128u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 64u && n0 + 2u < 128u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[108704u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 128u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 64u && n0 + 3u < 128u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[108704u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 64u && n0 + 0u < 128u) {
      let v23: f32 = params[108704u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[(m0 + 1u) * 128u + n0] = v25;
    }
    if (m0 + 1u < 64u && n0 + 1u < 128u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[108704u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 64u && n0 + 2u < 128u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[108704u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 64u && n0 + 3u < 128u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[108704u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 64u && n0 + 0u < 128u) {
      let v38: f32 = params[108704u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[(m0 + 2u) * 128u + n0] = v40;
    }
    if (m0 + 2u < 64u && n0 + 1u < 128u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[108704u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 64u && n0 + 2u < 128u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[108704u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 64u && n0 + 3u < 128u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[108704u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 64u && n0 + 0u < 128u) {
      let v53: f32 = params[108704u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[(m0 + 3u) * 128u + n0] = v55;
    }
    if (m0 + 3u < 64u && n0 + 1u < 128u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[108704u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 64u && n0 + 2u < 128u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[108704u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 64u && n0 + 3u < 128u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[108704u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v67;
    }
  }
}
// ---- reconstruction_matmul (matmul, 49 workgroups, predict.003.reconstruction_matmul.wgsl) from specs/autoencoder.model:13
// reconstruction_matmul: matmul kernel (mdlc)
// from specs/autoencoder.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 3136u; t += stride) {
    let rem = t % 3136u;
    let m0 = (rem / 196u) * 4u;
    let n0 = (rem % 196u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[m0 * 128u + k];
      let v1: f32 = work[min(m0 + 1u, 63u) * 128u + k];
      let v2: f32 = work[min(m0 + 2u, 63u) * 128u + k];
      let v3: f32 = work[min(m0 + 3u, 63u) * 128u + k];
      let v4: f32 = params[108832u + k * 784u + n0];
      let v5: f32 = params[108832u + k * 784u + min(n0 + 1u, 783u)];
      let v6: f32 = params[108832u + k * 784u + min(n0 + 2u, 783u)];
      let v7: f32 = params[108832u + k * 784u + min(n0 + 3u, 783u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 784u) {
      let v8: f32 = params[209184u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = (1.0f / (1.0f + exp(-v9)));
      work[10240u + m0 * 784u + n0] = v10;
    }
    if (m0 + 0u < 64u && n0 + 1u < 784u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[209184u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = (1.0f / (1.0f + exp(-v13)));
      work[10240u + m0 * 784u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 64u && n0 + 2u < 784u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[209184u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = (1.0f / (1.0f + exp(-v17)));
      work[10240u + m0 * 784u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 64u && n0 + 3u < 784u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[209184u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = (1.0f / (1.0f + exp(-v21)));
      work[10240u + m0 * 784u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 64u && n0 + 0u < 784u) {
      let v23: f32 = params[209184u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = (1.0f / (1.0f + exp(-v24)));
      work[10240u + (m0 + 1u) * 784u + n0] = v25;
    }
    if (m0 + 1u < 64u && n0 + 1u < 784u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[209184u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = (1.0f / (1.0f + exp(-v28)));
      work[10240u + (m0 + 1u) * 784u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 64u && n0 + 2u < 784u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[209184u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = (1.0f / (1.0f + exp(-v32)));
      work[10240u + (m0 + 1u) * 784u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 64u && n0 + 3u < 784u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[209184u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = (1.0f / (1.0f + exp(-v36)));
      work[10240u + (m0 + 1u) * 784u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 64u && n0 + 0u < 784u) {
      let v38: f32 = params[209184u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = (1.0f / (1.0f + exp(-v39)));
      work[10240u + (m0 + 2u) * 784u + n0] = v40;
    }
    if (m0 + 2u < 64u && n0 + 1u < 784u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[209184u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = (1.0f / (1.0f + exp(-v43)));
      work[10240u + (m0 + 2u) * 784u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 64u && n0 + 2u < 784u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[209184u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = (1.0f / (1.0f + exp(-v47)));
      work[10240u + (m0 + 2u) * 784u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 64u && n0 + 3u < 784u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[209184u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = (1.0f / (1.0f + exp(-v51)));
      work[10240u + (m0 + 2u) * 784u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 64u && n0 + 0u < 784u) {
      let v53: f32 = params[209184u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = (1.0f / (1.0f + exp(-v54)));
      work[10240u + (m0 + 3u) * 784u + n0] = v55;
    }
    if (m0 + 3u < 64u && n0 + 1u < 784u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[209184u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = (1.0f / (1.0f + exp(-v58)));
      work[10240u + (m0 + 3u) * 784u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 64u && n0 + 2u < 784u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[209184u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = (1.0f / (1.0f + exp(-v62)));
      work[10240u + (m0 + 3u) * 784u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 64u && n0 + 3u < 784u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[209184u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = (1.0f / (1.0f + exp(-v66)));
      work[10240u + (m0 + 3u) * 784u + (n0 + 3u)] = v67;
    }
  }
}
