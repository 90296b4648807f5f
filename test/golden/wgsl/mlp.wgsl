// specs/mlp.model, batch 128: 24 shaders
// ==== train_step: 13 kernels
// ---- h1_matmul (matmul, 32 workgroups, train_step.000.h1_matmul.wgsl) from specs/mlp.model:12
// h1_matmul: matmul kernel (mdlc)
// from specs/mlp.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 64u) * 4u;
    let n0 = (rem % 64u) * 4u;
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
      let v1: f32 = data[min(m0 + 1u, 127u) * 784u + k];
      let v2: f32 = data[min(m0 + 2u, 127u) * 784u + k];
      let v3: f32 = data[min(m0 + 3u, 127u) * 784u + k];
      let v4: f32 = params[k * 256u + n0];
      let v5: f32 = params[k * 256u + min(n0 + 1u, 255u)];
      let v6: f32 = params[k * 256u + min(n0 + 2u, 255u)];
      let v7: f32 = params[k * 256u + min(n0 + 3u, 255u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 256u) {
      let v8: f32 = params[200704u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[m0 * 256u + n0] = v10;
    }
    if (m0 + 0u < 128u && n0 + 1u < 256u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[200704u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 256u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 128u && n0 + 2u < 256u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[200704u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 256u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 3u < 256u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[200704u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 256u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 128u && n0 + 0u < 256u) {
      let v23: f32 = params[200704u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[(m0 + 1u) * 256u + n0] = v25;
    }
    if (m0 + 1u < 128u && n0 + 1u < 256u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[200704u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 256u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 128u && n0 + 2u < 256u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[200704u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 256u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 3u < 256u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[200704u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 256u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 128u && n0 + 0u < 256u) {
      let v38: f32 = params[200704u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[(m0 + 2u) * 256u + n0] = v40;
    }
    if (m0 + 2u < 128u && n0 + 1u < 256u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[200704u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 256u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 128u && n0 + 2u < 256u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[200704u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 256u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 3u < 256u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[200704u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 256u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 128u && n0 + 0u < 256u) {
      let v53: f32 = params[200704u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[(m0 + 3u) * 256u + n0] = v55;
    }
    if (m0 + 3u < 128u && n0 + 1u < 256u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[200704u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 256u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 128u && n0 + 2u < 256u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[200704u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 256u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 3u < 256u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[200704u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 256u + (n0 + 3u)] = v67;
    }
  }
}
// ---- h2_matmul (matmul, 16 workgroups, train_step.001.h2_matmul.wgsl) from specs/mlp.model:13
// h2_matmul: matmul kernel (mdlc)
// from specs/mlp.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 1024u; t += stride) {
    let rem = t % 1024u;
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
    for (var k = 0u; k < 256u + opaque; k++) {
      let v0: f32 = work[m0 * 256u + k];
      let v1: f32 = work[min(m0 + 1u, 127u) * 256u + k];
      let v2: f32 = work[min(m0 + 2u, 127u) * 256u + k];
      let v3: f32 = work[min(m0 + 3u, 127u) * 256u + k];
      let v4: f32 = params[200960u + k * 128u + n0];
      let v5: f32 = params[200960u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = params[200960u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = params[200960u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      let v8: f32 = params[233728u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[32768u + m0 * 128u + n0] = v10;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[233728u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[32768u + m0 * 128u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[233728u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[32768u + m0 * 128u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[233728u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[32768u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      let v23: f32 = params[233728u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[32768u + (m0 + 1u) * 128u + n0] = v25;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[233728u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[32768u + (m0 + 1u) * 128u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[233728u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[32768u + (m0 + 1u) * 128u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[233728u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[32768u + (m0 + 1u) * 128u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      let v38: f32 = params[233728u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[32768u + (m0 + 2u) * 128u + n0] = v40;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[233728u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[32768u + (m0 + 2u) * 128u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[233728u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[32768u + (m0 + 2u) * 128u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[233728u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[32768u + (m0 + 2u) * 128u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      let v53: f32 = params[233728u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[32768u + (m0 + 3u) * 128u + n0] = v55;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[233728u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[32768u + (m0 + 3u) * 128u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[233728u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[32768u + (m0 + 3u) * 128u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[233728u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[32768u + (m0 + 3u) * 128u + (n0 + 3u)] = v67;
    }
  }
}
// ---- logits_matmul (matmul, 2 workgroups, train_step.002.logits_matmul.wgsl) from specs/mlp.model:14
// logits_matmul: matmul kernel (mdlc)
// from specs/mlp.model:14
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
      for (var j = 0u; j < 128u + opaque; j++) {
        s0_acc0 += data[100480u + j];
      }
      work[50432u] = s0_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s1_v0: f32 = work[50432u];
      let s1_v1: f32 = (state[8u] + s1_v0);
      state[8u] = s1_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[50432u];
      let s2_v1: f32 = (state[20u] + s2_v0);
      state[20u] = s2_v1;
    }
  }
  for (var t = gid.x; t < 96u; t += stride) {
    let rem = t % 96u;
    let m0 = (rem / 3u) * 4u;
    let n0 = (rem % 3u) * 4u;
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
      let v0: f32 = work[32768u + m0 * 128u + k];
      let v1: f32 = work[32768u + min(m0 + 1u, 127u) * 128u + k];
      let v2: f32 = work[32768u + min(m0 + 2u, 127u) * 128u + k];
      let v3: f32 = work[32768u + min(m0 + 3u, 127u) * 128u + k];
      let v4: f32 = params[233856u + k * 10u + n0];
      let v5: f32 = params[233856u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = params[233856u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = params[233856u + k * 10u + min(n0 + 3u, 9u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 10u) {
      work[49152u + m0 * 10u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 10u) {
      work[49152u + m0 * 10u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 10u) {
      work[49152u + m0 * 10u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 10u) {
      work[49152u + m0 * 10u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 10u) {
      work[49152u + (m0 + 1u) * 10u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 10u) {
      work[49152u + (m0 + 1u) * 10u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 10u) {
      work[49152u + (m0 + 1u) * 10u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 10u) {
      work[49152u + (m0 + 1u) * 10u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 10u) {
      work[49152u + (m0 + 2u) * 10u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 10u) {
      work[49152u + (m0 + 2u) * 10u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 10u) {
      work[49152u + (m0 + 2u) * 10u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 10u) {
      work[49152u + (m0 + 2u) * 10u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 10u) {
      work[49152u + (m0 + 3u) * 10u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 10u) {
      work[49152u + (m0 + 3u) * 10u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 10u) {
      work[49152u + (m0 + 3u) * 10u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 10u) {
      work[49152u + (m0 + 3u) * 10u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- loss_log_softmax (reduce, 2 workgroups, train_step.003.loss_log_softmax.wgsl) from specs/mlp.model:16, specs/mlp.model:14
// loss_log_softmax: reduce kernel (mdlc)
// from specs/mlp.model:16, specs/mlp.model:14
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v2: f32 = params[235136u + j];
      let v3: f32 = (work[49152u + r * 10u + j] + v2);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v6: f32 = params[235136u + j];
      let v7: f32 = (work[49152u + r * 10u + j] + v6);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v12: i32 = i32(j);
      let v13: i32 = bitcast<i32>(data[100352u + r]);
      let v14: f32 = select(0.0f, 1.0f, v12 == v13);
      let v15: f32 = params[235136u + j];
      let v16: f32 = (work[49152u + r * 10u + j] + v15);
      let v17: f32 = (v16 - acc0);
      let v18: f32 = log(acc4);
      let v19: f32 = (v17 - v18);
      let v20: f32 = (v14 * v19);
      acc10 += v20;
    }
    var best22: f32 = -3.4028234e38f;
    var acc21: i32 = 0i;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v23: f32 = params[235136u + j];
      let v24: f32 = (work[49152u + r * 10u + j] + v23);
      if (v24 > best22) { best22 = v24; acc21 = i32(j); }
    }
    var acc25: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v27: f32 = work[50432u];
      let v28: f32 = max(v27, 9.999999960041972e-13f);
      let v29: f32 = (1.0f / v28);
      let v30: f32 = (v29 * data[100480u + r]);
      let v31: f32 = (-v30);
      let v32: i32 = i32(j);
      let v33: i32 = bitcast<i32>(data[100352u + r]);
      let v34: f32 = select(0.0f, 1.0f, v32 == v33);
      let v35: f32 = (v31 * v34);
      let v36: f32 = (-v35);
      acc25 += v36;
    }
    work[51716u + r] = acc10;
    work[51844u + r] = bitcast<f32>(acc21);
    for (var j = 0u; j < 10u + opaque; j++) {
      let v37: i32 = i32(j);
      let v38: i32 = bitcast<i32>(data[100352u + r]);
      let v39: f32 = select(0.0f, 1.0f, v37 == v38);
      work[50436u + r * 10u + j] = v39;
      let v40: f32 = work[50432u];
      let v41: f32 = max(v40, 9.999999960041972e-13f);
      let v42: f32 = (1.0f / v41);
      let v43: f32 = (v42 * data[100480u + r]);
      let v44: f32 = (-v43);
      let v45: f32 = (v44 * v39);
      let v46: f32 = (acc25 / acc4);
      let v47: f32 = params[235136u + j];
      let v48: f32 = (work[49152u + r * 10u + j] + v47);
      let v49: f32 = (v48 - acc0);
      let v50: f32 = exp(v49);
      let v51: f32 = (v46 * v50);
      let v52: f32 = (v45 + v51);
      work[51972u + r * 10u + j] = v52;
    }
  }
}
// ---- logits_grad_sum (reduce, 1 workgroups, train_step.004.logits_grad_sum.wgsl) from specs/mlp.model:14
// logits_grad_sum: reduce kernel (mdlc)
// from specs/mlp.model:14
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
      for (var j = 0u; j < 128u + opaque; j++) {
        let s0_v2: f32 = (-work[51716u + j]);
        let s0_v3: f32 = (s0_v2 * data[100480u + j]);
        s0_acc0 += s0_v3;
      }
      work[49152u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1280u + opaque; j++) {
        let s1_v2: i32 = i32((j % 10u));
        let s1_v3: f32 = select(0.0f, 1.0f, s1_v2 == bitcast<i32>(work[51844u + (j / 10u)]));
        let s1_v4: f32 = (s1_v3 * work[50436u + (j / 10u) * 10u + (j % 10u)]);
        let s1_v5: u32 = (j / 10u);
        let s1_v6: f32 = data[100480u + s1_v5];
        let s1_v7: f32 = (s1_v4 * s1_v6);
        s1_acc0 += s1_v7;
      }
      work[49160u] = s1_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[49152u];
      let s2_v1: f32 = work[50432u];
      let s2_v2: f32 = max(s2_v1, 9.999999960041972e-13f);
      let s2_v3: f32 = (s2_v0 / s2_v2);
      work[49156u] = s2_v3;
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
      let s3_v0: f32 = work[49160u];
      let s3_v1: f32 = (state[16u] + s3_v0);
      state[16u] = s3_v1;
    }
  }
  for (var r = gid.x; r < 10u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      acc0 += work[51972u + j * 10u + r];
    }
    work[49164u + r] = acc0;
  }
}
// ---- logits_grad_matmul (matmul, 16 workgroups, train_step.005.logits_grad_matmul.wgsl) from specs/mlp.model:14
// logits_grad_matmul: matmul kernel (mdlc)
// from specs/mlp.model:14
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 1024u; t += stride) {
    let rem = t % 1024u;
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
    for (var k = 0u; k < 10u + opaque; k++) {
      let v0: f32 = work[51972u + m0 * 10u + k];
      let v1: f32 = work[51972u + min(m0 + 1u, 127u) * 10u + k];
      let v2: f32 = work[51972u + min(m0 + 2u, 127u) * 10u + k];
      let v3: f32 = work[51972u + min(m0 + 3u, 127u) * 10u + k];
      let v4: f32 = params[233856u + n0 * 10u + k];
      let v5: f32 = params[233856u + min(n0 + 1u, 127u) * 10u + k];
      let v6: f32 = params[233856u + min(n0 + 2u, 127u) * 10u + k];
      let v7: f32 = params[233856u + min(n0 + 3u, 127u) * 10u + k];
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
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      work[53252u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      work[53252u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      work[53252u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      work[53252u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      work[53252u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      work[53252u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      work[53252u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      work[53252u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      work[53252u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      work[53252u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      work[53252u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      work[53252u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      work[53252u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      work[53252u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      work[53252u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      work[53252u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- logits_grad_matmul_1 (matmul, 2 workgroups, train_step.006.logits_grad_matmul_1.wgsl) from specs/mlp.model:14
// logits_grad_matmul_1: matmul kernel (mdlc)
// from specs/mlp.model:14
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 96u; t += stride) {
    let rem = t % 96u;
    let m0 = (rem / 3u) * 4u;
    let n0 = (rem % 3u) * 4u;
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
      let v0: f32 = work[32768u + k * 128u + m0];
      let v1: f32 = work[32768u + k * 128u + min(m0 + 1u, 127u)];
      let v2: f32 = work[32768u + k * 128u + min(m0 + 2u, 127u)];
      let v3: f32 = work[32768u + k * 128u + min(m0 + 3u, 127u)];
      let v4: f32 = work[51972u + k * 10u + n0];
      let v5: f32 = work[51972u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = work[51972u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = work[51972u + k * 10u + min(n0 + 3u, 9u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 10u) {
      work[50436u + m0 * 10u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 10u) {
      work[50436u + m0 * 10u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 10u) {
      work[50436u + m0 * 10u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 10u) {
      work[50436u + m0 * 10u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 10u) {
      work[50436u + (m0 + 1u) * 10u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 10u) {
      work[50436u + (m0 + 1u) * 10u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 10u) {
      work[50436u + (m0 + 1u) * 10u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 10u) {
      work[50436u + (m0 + 1u) * 10u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 10u) {
      work[50436u + (m0 + 2u) * 10u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 10u) {
      work[50436u + (m0 + 2u) * 10u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 10u) {
      work[50436u + (m0 + 2u) * 10u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 10u) {
      work[50436u + (m0 + 2u) * 10u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 10u) {
      work[50436u + (m0 + 3u) * 10u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 10u) {
      work[50436u + (m0 + 3u) * 10u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 10u) {
      work[50436u + (m0 + 3u) * 10u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 10u) {
      work[50436u + (m0 + 3u) * 10u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- h2_grad_sum (reduce, 2 workgroups, train_step.007.h2_grad_sum.wgsl) from specs/mlp.model:13
// h2_grad_sum: reduce kernel (mdlc)
// from specs/mlp.model:13
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: f32 = select(0.0f, 1.0f, 0.0f < work[32768u + j * 128u + r]);
      let v3: f32 = (work[53252u + j * 128u + r] * v2);
      acc0 += v3;
    }
    work[49176u + r] = acc0;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v4: f32 = select(0.0f, 1.0f, 0.0f < work[32768u + j * 128u + r]);
      let v5: f32 = (work[53252u + j * 128u + r] * v4);
      work[69636u + j * 128u + r] = v5;
    }
  }
}
// ---- h2_grad_matmul (matmul, 32 workgroups, train_step.008.h2_grad_matmul.wgsl) from specs/mlp.model:13
// h2_grad_matmul: matmul kernel (mdlc)
// from specs/mlp.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 64u) * 4u;
    let n0 = (rem % 64u) * 4u;
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
      let v0: f32 = work[69636u + m0 * 128u + k];
      let v1: f32 = work[69636u + min(m0 + 1u, 127u) * 128u + k];
      let v2: f32 = work[69636u + min(m0 + 2u, 127u) * 128u + k];
      let v3: f32 = work[69636u + min(m0 + 3u, 127u) * 128u + k];
      let v4: f32 = params[200960u + n0 * 128u + k];
      let v5: f32 = params[200960u + min(n0 + 1u, 255u) * 128u + k];
      let v6: f32 = params[200960u + min(n0 + 2u, 255u) * 128u + k];
      let v7: f32 = params[200960u + min(n0 + 3u, 255u) * 128u + k];
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
    if (m0 + 0u < 128u && n0 + 0u < 256u) {
      work[86020u + m0 * 256u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 256u) {
      work[86020u + m0 * 256u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 256u) {
      work[86020u + m0 * 256u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 256u) {
      work[86020u + m0 * 256u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 256u) {
      work[86020u + (m0 + 1u) * 256u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 256u) {
      work[86020u + (m0 + 1u) * 256u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 256u) {
      work[86020u + (m0 + 1u) * 256u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 256u) {
      work[86020u + (m0 + 1u) * 256u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 256u) {
      work[86020u + (m0 + 2u) * 256u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 256u) {
      work[86020u + (m0 + 2u) * 256u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 256u) {
      work[86020u + (m0 + 2u) * 256u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 256u) {
      work[86020u + (m0 + 2u) * 256u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 256u) {
      work[86020u + (m0 + 3u) * 256u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 256u) {
      work[86020u + (m0 + 3u) * 256u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 256u) {
      work[86020u + (m0 + 3u) * 256u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 256u) {
      work[86020u + (m0 + 3u) * 256u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- h2_grad_matmul_1 (matmul, 32 workgroups, train_step.009.h2_grad_matmul_1.wgsl) from specs/mlp.model:13
// h2_grad_matmul_1: matmul kernel (mdlc)
// from specs/mlp.model:13
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
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
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[k * 256u + m0];
      let v1: f32 = work[k * 256u + min(m0 + 1u, 255u)];
      let v2: f32 = work[k * 256u + min(m0 + 2u, 255u)];
      let v3: f32 = work[k * 256u + min(m0 + 3u, 255u)];
      let v4: f32 = work[69636u + k * 128u + n0];
      let v5: f32 = work[69636u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = work[69636u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = work[69636u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 256u && n0 + 0u < 128u) {
      work[118788u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 256u && n0 + 1u < 128u) {
      work[118788u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 256u && n0 + 2u < 128u) {
      work[118788u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 256u && n0 + 3u < 128u) {
      work[118788u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 256u && n0 + 0u < 128u) {
      work[118788u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 256u && n0 + 1u < 128u) {
      work[118788u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 256u && n0 + 2u < 128u) {
      work[118788u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 256u && n0 + 3u < 128u) {
      work[118788u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 256u && n0 + 0u < 128u) {
      work[118788u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 256u && n0 + 1u < 128u) {
      work[118788u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 256u && n0 + 2u < 128u) {
      work[118788u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 256u && n0 + 3u < 128u) {
      work[118788u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 256u && n0 + 0u < 128u) {
      work[118788u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 256u && n0 + 1u < 128u) {
      work[118788u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 256u && n0 + 2u < 128u) {
      work[118788u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 256u && n0 + 3u < 128u) {
      work[118788u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- h1_grad_sum (reduce, 4 workgroups, train_step.010.h1_grad_sum.wgsl) from specs/mlp.model:12, specs/mlp.model:13
// h1_grad_sum: reduce kernel (mdlc)
// from specs/mlp.model:12, specs/mlp.model:13
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 256u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: f32 = select(0.0f, 1.0f, 0.0f < work[j * 256u + r]);
      let v3: f32 = (work[86020u + j * 256u + r] * v2);
      acc0 += v3;
    }
    work[32768u + r] = acc0;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v4: f32 = select(0.0f, 1.0f, 0.0f < work[j * 256u + r]);
      let v5: f32 = (work[86020u + j * 256u + r] * v4);
      work[51716u + j * 256u + r] = v5;
    }
  }
}
// ---- h1_grad_matmul (matmul, 196 workgroups, train_step.011.h1_grad_matmul.wgsl) from specs/mlp.model:12
// h1_grad_matmul: matmul kernel (mdlc)
// from specs/mlp.model:12
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s0_v0: f32 = (state[0u] + 1.0f);
      state[0u] = s0_v0;
    }
  }
  for (var t = gid.x; t < 12544u; t += stride) {
    let rem = t % 12544u;
    let m0 = (rem / 64u) * 4u;
    let n0 = (rem % 64u) * 4u;
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
      let v0: f32 = data[k * 784u + m0];
      let v1: f32 = data[k * 784u + min(m0 + 1u, 783u)];
      let v2: f32 = data[k * 784u + min(m0 + 2u, 783u)];
      let v3: f32 = data[k * 784u + min(m0 + 3u, 783u)];
      let v4: f32 = work[51716u + k * 256u + n0];
      let v5: f32 = work[51716u + k * 256u + min(n0 + 1u, 255u)];
      let v6: f32 = work[51716u + k * 256u + min(n0 + 2u, 255u)];
      let v7: f32 = work[51716u + k * 256u + min(n0 + 3u, 255u)];
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
    if (m0 + 0u < 784u && n0 + 0u < 256u) {
      work[151556u + m0 * 256u + n0] = acc_0_0;
    }
    if (m0 + 0u < 784u && n0 + 1u < 256u) {
      work[151556u + m0 * 256u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 784u && n0 + 2u < 256u) {
      work[151556u + m0 * 256u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 784u && n0 + 3u < 256u) {
      work[151556u + m0 * 256u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 784u && n0 + 0u < 256u) {
      work[151556u + (m0 + 1u) * 256u + n0] = acc_1_0;
    }
    if (m0 + 1u < 784u && n0 + 1u < 256u) {
      work[151556u + (m0 + 1u) * 256u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 784u && n0 + 2u < 256u) {
      work[151556u + (m0 + 1u) * 256u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 784u && n0 + 3u < 256u) {
      work[151556u + (m0 + 1u) * 256u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 784u && n0 + 0u < 256u) {
      work[151556u + (m0 + 2u) * 256u + n0] = acc_2_0;
    }
    if (m0 + 2u < 784u && n0 + 1u < 256u) {
      work[151556u + (m0 + 2u) * 256u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 784u && n0 + 2u < 256u) {
      work[151556u + (m0 + 2u) * 256u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 784u && n0 + 3u < 256u) {
      work[151556u + (m0 + 2u) * 256u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 784u && n0 + 0u < 256u) {
      work[151556u + (m0 + 3u) * 256u + n0] = acc_3_0;
    }
    if (m0 + 3u < 784u && n0 + 1u < 256u) {
      work[151556u + (m0 + 3u) * 256u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 784u && n0 + 2u < 256u) {
      work[151556u + (m0 + 3u) * 256u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 784u && n0 + 3u < 256u) {
      work[151556u + (m0 + 3u) * 256u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- optimizer_sub (elementwise, 3675 workgroups, train_step.012.optimizer_sub.wgsl) from specs/mlp.model:17, specs/mlp.model:16, specs/mlp.model:12, specs/mlp.model:13, specs/mlp.model:14
// optimizer_sub: elementwise kernel (mdlc)
// from specs/mlp.model:17, specs/mlp.model:16, specs/mlp.model:12, specs/mlp.model:13, specs/mlp.model:14
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;
var<private> base0: array<u32, 6> = array<u32, 6>(0u, 200704u, 200960u, 233728u, 233856u, 235136u);
var<private> base1: array<u32, 6> = array<u32, 6>(151556u, 32768u, 118788u, 49176u, 50436u, 49164u);
var<private> base2: array<u32, 6> = array<u32, 6>(44u, 401452u, 401964u, 467500u, 467756u, 470316u);
var<private> base3: array<u32, 6> = array<u32, 6>(44u, 401452u, 401964u, 467500u, 467756u, 470316u);
var<private> base4: array<u32, 6> = array<u32, 6>(200748u, 401708u, 434732u, 467628u, 469036u, 470328u);
var<private> base5: array<u32, 6> = array<u32, 6>(200748u, 401708u, 434732u, 467628u, 469036u, 470328u);
var<private> base6: array<u32, 6> = array<u32, 6>(0u, 200704u, 200960u, 233728u, 233856u, 235136u);

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 235146u; i += stride) {
    var seg = 0u;
    if (i >= 200704u) { seg = 1u; }
    if (i >= 200960u) { seg = 2u; }
    if (i >= 233728u) { seg = 3u; }
    if (i >= 233856u) { seg = 4u; }
    if (i >= 235136u) { seg = 5u; }
    var starts = array<u32, 6>(0u, 200704u, 200960u, 233728u, 233856u, 235136u);
    let j = i - starts[seg];
    let v0: f32 = (state[base2[seg] + j] * 0.8999999761581421f);
    let v1: f32 = (work[base1[seg] + j] * 0.10000000149011612f);
    let v2: f32 = (v0 + v1);
    state[base3[seg] + j] = v2;
    let v3: f32 = (state[base4[seg] + j] * 0.9990000128746033f);
    let v4: f32 = (work[base1[seg] + j] * work[base1[seg] + j]);
    let v5: f32 = (v4 * 0.0010000000474974513f);
    let v6: f32 = (v3 + v5);
    state[base5[seg] + j] = v6;
    let v7: f32 = (state[0u] * (-0.10536051541566849f));
    let v8: f32 = abs(v7);
    let v9: f32 = select(0.0f, 1.0f, v8 < 0.10000000149011612f);
    let v10: f32 = (0.008333333767950535f * v7);
    let v11: f32 = (v10 + 0.0416666679084301f);
    let v12: f32 = (v11 * v7);
    let v13: f32 = (v12 + 0.1666666716337204f);
    let v14: f32 = (v13 * v7);
    let v15: f32 = (v14 + 0.5f);
    let v16: f32 = (v15 * v7);
    let v17: f32 = (v16 + 1.0f);
    let v18: f32 = (v7 * v17);
    let v19: f32 = (-v18);
    let v20: f32 = exp(v7);
    let v21: f32 = (1.0f - v20);
    let v22: f32 = select(v21, v19, v9 != 0.0f);
    let v23: f32 = (v2 / v22);
    let v24: f32 = (state[0u] * (-0.0010005002841353416f));
    let v25: f32 = abs(v24);
    let v26: f32 = select(0.0f, 1.0f, v25 < 0.10000000149011612f);
    let v27: f32 = (0.008333333767950535f * v24);
    let v28: f32 = (v27 + 0.0416666679084301f);
    let v29: f32 = (v28 * v24);
    let v30: f32 = (v29 + 0.1666666716337204f);
    let v31: f32 = (v30 * v24);
    let v32: f32 = (v31 + 0.5f);
    let v33: f32 = (v32 * v24);
    let v34: f32 = (v33 + 1.0f);
    let v35: f32 = (v24 * v34);
    let v36: f32 = (-v35);
    let v37: f32 = exp(v24);
    let v38: f32 = (1.0f - v37);
    let v39: f32 = select(v38, v36, v26 != 0.0f);
    let v40: f32 = (v6 / v39);
    let v41: f32 = sqrt(v40);
    let v42: f32 = (v41 + 1.0000000116860974e-7f);
    let v43: f32 = (v23 / v42);
    let v44: f32 = (0.0010000000474974513f * v43);
    let v45: f32 = (params[base0[seg] + j] - v44);
    params[base6[seg] + j] = v45;
  }
}
// ==== eval_step: 5 kernels
// ---- h1_matmul (matmul, 32 workgroups, eval_step.000.h1_matmul.wgsl) from specs/mlp.model:12
// h1_matmul: matmul kernel (mdlc)
// from specs/mlp.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 64u) * 4u;
    let n0 = (rem % 64u) * 4u;
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
      let v1: f32 = data[min(m0 + 1u, 127u) * 784u + k];
      let v2: f32 = data[min(m0 + 2u, 127u) * 784u + k];
      let v3: f32 = data[min(m0 + 3u, 127u) * 784u + k];
      let v4: f32 = params[k * 256u + n0];
      let v5: f32 = params[k * 256u + min(n0 + 1u, 255u)];
      let v6: f32 = params[k * 256u + min(n0 + 2u, 255u)];
      let v7: f32 = params[k * 256u + min(n0 + 3u, 255u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 256u) {
      let v8: f32 = params[200704u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[m0 * 256u + n0] = v10;
    }
    if (m0 + 0u < 128u && n0 + 1u < 256u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[200704u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 256u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 128u && n0 + 2u < 256u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[200704u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 256u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 3u < 256u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[200704u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 256u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 128u && n0 + 0u < 256u) {
      let v23: f32 = params[200704u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[(m0 + 1u) * 256u + n0] = v25;
    }
    if (m0 + 1u < 128u && n0 + 1u < 256u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[200704u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 256u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 128u && n0 + 2u < 256u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[200704u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 256u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 3u < 256u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[200704u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 256u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 128u && n0 + 0u < 256u) {
      let v38: f32 = params[200704u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[(m0 + 2u) * 256u + n0] = v40;
    }
    if (m0 + 2u < 128u && n0 + 1u < 256u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[200704u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 256u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 128u && n0 + 2u < 256u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[200704u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 256u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 3u < 256u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[200704u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 256u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 128u && n0 + 0u < 256u) {
      let v53: f32 = params[200704u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[(m0 + 3u) * 256u + n0] = v55;
    }
    if (m0 + 3u < 128u && n0 + 1u < 256u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[200704u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 256u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 128u && n0 + 2u < 256u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[200704u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 256u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 3u < 256u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[200704u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 256u + (n0 + 3u)] = v67;
    }
  }
}
// ---- h2_matmul (matmul, 16 workgroups, eval_step.001.h2_matmul.wgsl) from specs/mlp.model:13
// h2_matmul: matmul kernel (mdlc)
// from specs/mlp.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 1024u; t += stride) {
    let rem = t % 1024u;
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
    for (var k = 0u; k < 256u + opaque; k++) {
      let v0: f32 = work[m0 * 256u + k];
      let v1: f32 = work[min(m0 + 1u, 127u) * 256u + k];
      let v2: f32 = work[min(m0 + 2u, 127u) * 256u + k];
      let v3: f32 = work[min(m0 + 3u, 127u) * 256u + k];
      let v4: f32 = params[200960u + k * 128u + n0];
      let v5: f32 = params[200960u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = params[200960u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = params[200960u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      let v8: f32 = params[233728u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[32768u + m0 * 128u + n0] = v10;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[233728u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[32768u + m0 * 128u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[233728u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[32768u + m0 * 128u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[233728u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[32768u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      let v23: f32 = params[233728u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[32768u + (m0 + 1u) * 128u + n0] = v25;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[233728u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[32768u + (m0 + 1u) * 128u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[233728u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[32768u + (m0 + 1u) * 128u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[233728u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[32768u + (m0 + 1u) * 128u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      let v38: f32 = params[233728u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[32768u + (m0 + 2u) * 128u + n0] = v40;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[233728u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[32768u + (m0 + 2u) * 128u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[233728u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[32768u + (m0 + 2u) * 128u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[233728u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[32768u + (m0 + 2u) * 128u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      let v53: f32 = params[233728u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[32768u + (m0 + 3u) * 128u + n0] = v55;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[233728u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[32768u + (m0 + 3u) * 128u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[233728u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[32768u + (m0 + 3u) * 128u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[233728u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[32768u + (m0 + 3u) * 128u + (n0 + 3u)] = v67;
    }
  }
}
// ---- logits_matmul (matmul, 2 workgroups, eval_step.002.logits_matmul.wgsl) from specs/mlp.model:14
// logits_matmul: matmul kernel (mdlc)
// from specs/mlp.model:14
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 96u; t += stride) {
    let rem = t % 96u;
    let m0 = (rem / 3u) * 4u;
    let n0 = (rem % 3u) * 4u;
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
      let v0: f32 = work[32768u + m0 * 128u + k];
      let v1: f32 = work[32768u + min(m0 + 1u, 127u) * 128u + k];
      let v2: f32 = work[32768u + min(m0 + 2u, 127u) * 128u + k];
      let v3: f32 = work[32768u + min(m0 + 3u, 127u) * 128u + k];
      let v4: f32 = params[233856u + k * 10u + n0];
      let v5: f32 = params[233856u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = params[233856u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = params[233856u + k * 10u + min(n0 + 3u, 9u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 10u) {
      work[m0 * 10u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 10u) {
      work[m0 * 10u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 10u) {
      work[m0 * 10u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 10u) {
      work[m0 * 10u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 10u) {
      work[(m0 + 1u) * 10u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 10u) {
      work[(m0 + 1u) * 10u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 10u) {
      work[(m0 + 1u) * 10u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 10u) {
      work[(m0 + 1u) * 10u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 10u) {
      work[(m0 + 2u) * 10u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 10u) {
      work[(m0 + 2u) * 10u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 10u) {
      work[(m0 + 2u) * 10u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 10u) {
      work[(m0 + 2u) * 10u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 10u) {
      work[(m0 + 3u) * 10u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 10u) {
      work[(m0 + 3u) * 10u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 10u) {
      work[(m0 + 3u) * 10u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 10u) {
      work[(m0 + 3u) * 10u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- loss_log_softmax (reduce, 2 workgroups, eval_step.003.loss_log_softmax.wgsl) from specs/mlp.model:16, specs/mlp.model:14
// loss_log_softmax: reduce kernel (mdlc)
// from specs/mlp.model:16, specs/mlp.model:14
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        s0_acc0 += data[100480u + j];
      }
      work[2688u] = s0_acc0;
    }
  }
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v2: f32 = params[235136u + j];
      let v3: f32 = (work[r * 10u + j] + v2);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v6: f32 = params[235136u + j];
      let v7: f32 = (work[r * 10u + j] + v6);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v12: i32 = i32(j);
      let v13: i32 = bitcast<i32>(data[100352u + r]);
      let v14: f32 = select(0.0f, 1.0f, v12 == v13);
      let v15: f32 = params[235136u + j];
      let v16: f32 = (work[r * 10u + j] + v15);
      let v17: f32 = (v16 - acc0);
      let v18: f32 = log(acc4);
      let v19: f32 = (v17 - v18);
      let v20: f32 = (v14 * v19);
      acc10 += v20;
    }
    var best22: f32 = -3.4028234e38f;
    var acc21: i32 = 0i;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v23: f32 = params[235136u + j];
      let v24: f32 = (work[r * 10u + j] + v23);
      if (v24 > best22) { best22 = v24; acc21 = i32(j); }
    }
    work[2560u + r] = acc10;
    work[2692u + r] = bitcast<f32>(acc21);
    for (var j = 0u; j < 10u + opaque; j++) {
      let v25: i32 = i32(j);
      let v26: i32 = bitcast<i32>(data[100352u + r]);
      let v27: f32 = select(0.0f, 1.0f, v25 == v26);
      work[1280u + r * 10u + j] = v27;
    }
  }
}
// ---- loss_sum (elementwise, 1 workgroups, eval_step.004.loss_sum.wgsl) from 
// loss_sum: elementwise kernel (mdlc)
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
      for (var j = 0u; j < 128u + opaque; j++) {
        let s0_v2: f32 = (-work[2560u + j]);
        let s0_v3: f32 = (s0_v2 * data[100480u + j]);
        s0_acc0 += s0_v3;
      }
      work[0u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1280u + opaque; j++) {
        let s1_v2: i32 = i32((j % 10u));
        let s1_v3: f32 = select(0.0f, 1.0f, s1_v2 == bitcast<i32>(work[2692u + (j / 10u)]));
        let s1_v4: f32 = (s1_v3 * work[1280u + (j / 10u) * 10u + (j % 10u)]);
        let s1_v5: u32 = (j / 10u);
        let s1_v6: f32 = data[100480u + s1_v5];
        let s1_v7: f32 = (s1_v4 * s1_v6);
        s1_acc0 += s1_v7;
      }
      work[8u] = s1_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[2688u];
      let s2_v1: f32 = (state[28u] + s2_v0);
      state[28u] = s2_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[0u];
      let s3_v1: f32 = work[2688u];
      let s3_v2: f32 = max(s3_v1, 9.999999960041972e-13f);
      let s3_v3: f32 = (s3_v0 / s3_v2);
      work[4u] = s3_v3;
      let s3_v4: f32 = (s3_v3 * s3_v1);
      let s3_v5: f32 = (state[24u] + s3_v4);
      state[24u] = s3_v5;
      let s3_v6: f32 = abs(s3_v3);
      let s3_v7: f32 = select(0.0f, 1.0f, s3_v6 <= 3.0000000054977558e+38f);
      let s3_v8: f32 = (1.0f - s3_v7);
      let s3_v9: f32 = (state[32u] + s3_v8);
      state[32u] = s3_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s4_v0: f32 = work[8u];
      let s4_v1: f32 = (state[36u] + s4_v0);
      state[36u] = s4_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s5_v0: f32 = work[2688u];
      let s5_v1: f32 = (state[40u] + s5_v0);
      state[40u] = s5_v1;
    }
  }
  for (var i = gid.x; i < 1u; i += stride) {
  }
}
// ==== predict: 3 kernels
// ---- h1_matmul (matmul, 32 workgroups, predict.000.h1_matmul.wgsl) from specs/mlp.model:12
// h1_matmul: matmul kernel (mdlc)
// from specs/mlp.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 64u) * 4u;
    let n0 = (rem % 64u) * 4u;
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
      let v1: f32 = data[min(m0 + 1u, 127u) * 784u + k];
      let v2: f32 = data[min(m0 + 2u, 127u) * 784u + k];
      let v3: f32 = data[min(m0 + 3u, 127u) * 784u + k];
      let v4: f32 = params[k * 256u + n0];
      let v5: f32 = params[k * 256u + min(n0 + 1u, 255u)];
      let v6: f32 = params[k * 256u + min(n0 + 2u, 255u)];
      let v7: f32 = params[k * 256u + min(n0 + 3u, 255u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 256u) {
      let v8: f32 = params[200704u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[m0 * 256u + n0] = v10;
    }
    if (m0 + 0u < 128u && n0 + 1u < 256u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[200704u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 256u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 128u && n0 + 2u < 256u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[200704u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 256u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 3u < 256u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[200704u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 256u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 128u && n0 + 0u < 256u) {
      let v23: f32 = params[200704u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[(m0 + 1u) * 256u + n0] = v25;
    }
    if (m0 + 1u < 128u && n0 + 1u < 256u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[200704u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 256u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 128u && n0 + 2u < 256u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[200704u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 256u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 3u < 256u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[200704u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 256u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 128u && n0 + 0u < 256u) {
      let v38: f32 = params[200704u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[(m0 + 2u) * 256u + n0] = v40;
    }
    if (m0 + 2u < 128u && n0 + 1u < 256u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[200704u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 256u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 128u && n0 + 2u < 256u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[200704u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 256u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 3u < 256u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[200704u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 256u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 128u && n0 + 0u < 256u) {
      let v53: f32 = params[200704u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[(m0 + 3u) * 256u + n0] = v55;
    }
    if (m0 + 3u < 128u && n0 + 1u < 256u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[200704u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 256u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 128u && n0 + 2u < 256u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[200704u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 256u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 3u < 256u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[200704u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 256u + (n0 + 3u)] = v67;
    }
  }
}
// ---- h2_matmul (matmul, 16 workgroups, predict.001.h2_matmul.wgsl) from specs/mlp.model:13
// h2_matmul: matmul kernel (mdlc)
// from specs/mlp.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 1024u; t += stride) {
    let rem = t % 1024u;
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
    for (var k = 0u; k < 256u + opaque; k++) {
      let v0: f32 = work[m0 * 256u + k];
      let v1: f32 = work[min(m0 + 1u, 127u) * 256u + k];
      let v2: f32 = work[min(m0 + 2u, 127u) * 256u + k];
      let v3: f32 = work[min(m0 + 3u, 127u) * 256u + k];
      let v4: f32 = params[200960u + k * 128u + n0];
      let v5: f32 = params[200960u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = params[200960u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = params[200960u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      let v8: f32 = params[233728u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[32768u + m0 * 128u + n0] = v10;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[233728u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[32768u + m0 * 128u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[233728u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[32768u + m0 * 128u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[233728u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[32768u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      let v23: f32 = params[233728u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[32768u + (m0 + 1u) * 128u + n0] = v25;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[233728u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[32768u + (m0 + 1u) * 128u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[233728u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[32768u + (m0 + 1u) * 128u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[233728u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[32768u + (m0 + 1u) * 128u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      let v38: f32 = params[233728u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[32768u + (m0 + 2u) * 128u + n0] = v40;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[233728u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[32768u + (m0 + 2u) * 128u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[233728u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[32768u + (m0 + 2u) * 128u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[233728u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[32768u + (m0 + 2u) * 128u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      let v53: f32 = params[233728u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[32768u + (m0 + 3u) * 128u + n0] = v55;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[233728u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[32768u + (m0 + 3u) * 128u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[233728u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[32768u + (m0 + 3u) * 128u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[233728u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[32768u + (m0 + 3u) * 128u + (n0 + 3u)] = v67;
    }
  }
}
// ---- logits_matmul (matmul, 2 workgroups, predict.002.logits_matmul.wgsl) from specs/mlp.model:14
// logits_matmul: matmul kernel (mdlc)
// from specs/mlp.model:14
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 96u; t += stride) {
    let rem = t % 96u;
    let m0 = (rem / 3u) * 4u;
    let n0 = (rem % 3u) * 4u;
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
      let v0: f32 = work[32768u + m0 * 128u + k];
      let v1: f32 = work[32768u + min(m0 + 1u, 127u) * 128u + k];
      let v2: f32 = work[32768u + min(m0 + 2u, 127u) * 128u + k];
      let v3: f32 = work[32768u + min(m0 + 3u, 127u) * 128u + k];
      let v4: f32 = params[233856u + k * 10u + n0];
      let v5: f32 = params[233856u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = params[233856u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = params[233856u + k * 10u + min(n0 + 3u, 9u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 10u) {
      let v8: f32 = params[235136u + n0];
      let v9: f32 = (acc_0_0 + v8);
      work[m0 * 10u + n0] = v9;
    }
    if (m0 + 0u < 128u && n0 + 1u < 10u) {
      let v10: u32 = (n0 + 1u);
      let v11: f32 = params[235136u + v10];
      let v12: f32 = (acc_0_1 + v11);
      work[m0 * 10u + (n0 + 1u)] = v12;
    }
    if (m0 + 0u < 128u && n0 + 2u < 10u) {
      let v13: u32 = (n0 + 2u);
      let v14: f32 = params[235136u + v13];
      let v15: f32 = (acc_0_2 + v14);
      work[m0 * 10u + (n0 + 2u)] = v15;
    }
    if (m0 + 0u < 128u && n0 + 3u < 10u) {
      let v16: u32 = (n0 + 3u);
      let v17: f32 = params[235136u + v16];
      let v18: f32 = (acc_0_3 + v17);
      work[m0 * 10u + (n0 + 3u)] = v18;
    }
    if (m0 + 1u < 128u && n0 + 0u < 10u) {
      let v19: f32 = params[235136u + n0];
      let v20: f32 = (acc_1_0 + v19);
      work[(m0 + 1u) * 10u + n0] = v20;
    }
    if (m0 + 1u < 128u && n0 + 1u < 10u) {
      let v21: u32 = (n0 + 1u);
      let v22: f32 = params[235136u + v21];
      let v23: f32 = (acc_1_1 + v22);
      work[(m0 + 1u) * 10u + (n0 + 1u)] = v23;
    }
    if (m0 + 1u < 128u && n0 + 2u < 10u) {
      let v24: u32 = (n0 + 2u);
      let v25: f32 = params[235136u + v24];
      let v26: f32 = (acc_1_2 + v25);
      work[(m0 + 1u) * 10u + (n0 + 2u)] = v26;
    }
    if (m0 + 1u < 128u && n0 + 3u < 10u) {
      let v27: u32 = (n0 + 3u);
      let v28: f32 = params[235136u + v27];
      let v29: f32 = (acc_1_3 + v28);
      work[(m0 + 1u) * 10u + (n0 + 3u)] = v29;
    }
    if (m0 + 2u < 128u && n0 + 0u < 10u) {
      let v30: f32 = params[235136u + n0];
      let v31: f32 = (acc_2_0 + v30);
      work[(m0 + 2u) * 10u + n0] = v31;
    }
    if (m0 + 2u < 128u && n0 + 1u < 10u) {
      let v32: u32 = (n0 + 1u);
      let v33: f32 = params[235136u + v32];
      let v34: f32 = (acc_2_1 + v33);
      work[(m0 + 2u) * 10u + (n0 + 1u)] = v34;
    }
    if (m0 + 2u < 128u && n0 + 2u < 10u) {
      let v35: u32 = (n0 + 2u);
      let v36: f32 = params[235136u + v35];
      let v37: f32 = (acc_2_2 + v36);
      work[(m0 + 2u) * 10u + (n0 + 2u)] = v37;
    }
    if (m0 + 2u < 128u && n0 + 3u < 10u) {
      let v38: u32 = (n0 + 3u);
      let v39: f32 = params[235136u + v38];
      let v40: f32 = (acc_2_3 + v39);
      work[(m0 + 2u) * 10u + (n0 + 3u)] = v40;
    }
    if (m0 + 3u < 128u && n0 + 0u < 10u) {
      let v41: f32 = params[235136u + n0];
      let v42: f32 = (acc_3_0 + v41);
      work[(m0 + 3u) * 10u + n0] = v42;
    }
    if (m0 + 3u < 128u && n0 + 1u < 10u) {
      let v43: u32 = (n0 + 1u);
      let v44: f32 = params[235136u + v43];
      let v45: f32 = (acc_3_1 + v44);
      work[(m0 + 3u) * 10u + (n0 + 1u)] = v45;
    }
    if (m0 + 3u < 128u && n0 + 2u < 10u) {
      let v46: u32 = (n0 + 2u);
      let v47: f32 = params[235136u + v46];
      let v48: f32 = (acc_3_2 + v47);
      work[(m0 + 3u) * 10u + (n0 + 2u)] = v48;
    }
    if (m0 + 3u < 128u && n0 + 3u < 10u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[235136u + v49];
      let v51: f32 = (acc_3_3 + v50);
      work[(m0 + 3u) * 10u + (n0 + 3u)] = v51;
    }
  }
}
