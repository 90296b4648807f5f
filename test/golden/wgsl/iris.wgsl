// specs/iris.model, batch 16: 29 shaders
// ==== train_step: 16 kernels
// ---- hidden_matmul (matmul, 1 workgroups, train_step.000.hidden_matmul.wgsl) from specs/iris.model:7
// hidden_matmul: matmul kernel (mdlc)
// from specs/iris.model:7
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16u; t += stride) {
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
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
    for (var k = 0u; k < 4u + opaque; k++) {
      let v0: f32 = data[m0 * 4u + k];
      let v1: f32 = data[min(m0 + 1u, 15u) * 4u + k];
      let v2: f32 = data[min(m0 + 2u, 15u) * 4u + k];
      let v3: f32 = data[min(m0 + 3u, 15u) * 4u + k];
      let v4: f32 = params[k * 16u + n0];
      let v5: f32 = params[k * 16u + min(n0 + 1u, 15u)];
      let v6: f32 = params[k * 16u + min(n0 + 2u, 15u)];
      let v7: f32 = params[k * 16u + min(n0 + 3u, 15u)];
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
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      let v8: f32 = params[64u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = tanh(clamp(v9, -15.0f, 15.0f));
      work[m0 * 16u + n0] = v10;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[64u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = tanh(clamp(v13, -15.0f, 15.0f));
      work[m0 * 16u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[64u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = tanh(clamp(v17, -15.0f, 15.0f));
      work[m0 * 16u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[64u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = tanh(clamp(v21, -15.0f, 15.0f));
      work[m0 * 16u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      let v23: f32 = params[64u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = tanh(clamp(v24, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + n0] = v25;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[64u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = tanh(clamp(v28, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[64u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = tanh(clamp(v32, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[64u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = tanh(clamp(v36, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      let v38: f32 = params[64u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = tanh(clamp(v39, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + n0] = v40;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[64u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = tanh(clamp(v43, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[64u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = tanh(clamp(v47, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[64u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = tanh(clamp(v51, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      let v53: f32 = params[64u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = tanh(clamp(v54, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + n0] = v55;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[64u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = tanh(clamp(v58, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[64u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = tanh(clamp(v62, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[64u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = tanh(clamp(v66, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + (n0 + 3u)] = v67;
    }
  }
}
// ---- logits_matmul (matmul, 1 workgroups, train_step.001.logits_matmul.wgsl) from specs/iris.model:8
// logits_matmul: matmul kernel (mdlc)
// from specs/iris.model:8
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
      for (var j = 0u; j < 16u + opaque; j++) {
        s0_acc0 += data[80u + j];
      }
      work[304u] = s0_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s1_v0: f32 = work[304u];
      let s1_v1: f32 = (state[8u] + s1_v0);
      state[8u] = s1_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[304u];
      let s2_v1: f32 = (state[20u] + s2_v0);
      state[20u] = s2_v1;
    }
  }
  for (var t = gid.x; t < 4u; t += stride) {
    let rem = t % 4u;
    let m0 = (rem / 1u) * 4u;
    let n0 = (rem % 1u) * 3u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v0: f32 = work[m0 * 16u + k];
      let v1: f32 = work[min(m0 + 1u, 15u) * 16u + k];
      let v2: f32 = work[min(m0 + 2u, 15u) * 16u + k];
      let v3: f32 = work[min(m0 + 3u, 15u) * 16u + k];
      let v4: f32 = params[80u + k * 3u + n0];
      let v5: f32 = params[80u + k * 3u + min(n0 + 1u, 2u)];
      let v6: f32 = params[80u + k * 3u + min(n0 + 2u, 2u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
    }
    if (m0 + 0u < 16u && n0 + 0u < 3u) {
      work[256u + m0 * 3u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 3u) {
      work[256u + m0 * 3u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 3u) {
      work[256u + m0 * 3u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 1u < 16u && n0 + 0u < 3u) {
      work[256u + (m0 + 1u) * 3u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 3u) {
      work[256u + (m0 + 1u) * 3u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 3u) {
      work[256u + (m0 + 1u) * 3u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 2u < 16u && n0 + 0u < 3u) {
      work[256u + (m0 + 2u) * 3u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 3u) {
      work[256u + (m0 + 2u) * 3u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 3u) {
      work[256u + (m0 + 2u) * 3u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 3u < 16u && n0 + 0u < 3u) {
      work[256u + (m0 + 3u) * 3u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 3u) {
      work[256u + (m0 + 3u) * 3u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 3u) {
      work[256u + (m0 + 3u) * 3u + (n0 + 2u)] = acc_3_2;
    }
  }
}
// ---- loss_log_softmax (reduce, 1 workgroups, train_step.002.loss_log_softmax.wgsl) from specs/iris.model:10, specs/iris.model:8
// loss_log_softmax: reduce kernel (mdlc)
// from specs/iris.model:10, specs/iris.model:8
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 16u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 3u + opaque; j++) {
      let v2: f32 = params[128u + j];
      let v3: f32 = (work[256u + r * 3u + j] + v2);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 3u + opaque; j++) {
      let v6: f32 = params[128u + j];
      let v7: f32 = (work[256u + r * 3u + j] + v6);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 3u + opaque; j++) {
      let v12: i32 = i32(j);
      let v13: i32 = bitcast<i32>(data[64u + r]);
      let v14: f32 = select(0.0f, 1.0f, v12 == v13);
      let v15: f32 = params[128u + j];
      let v16: f32 = (work[256u + r * 3u + j] + v15);
      let v17: f32 = (v16 - acc0);
      let v18: f32 = log(acc4);
      let v19: f32 = (v17 - v18);
      let v20: f32 = (v14 * v19);
      acc10 += v20;
    }
    var best22: f32 = -3.4028234e38f;
    var acc21: i32 = 0i;
    for (var j = 0u; j < 3u + opaque; j++) {
      let v23: f32 = params[128u + j];
      let v24: f32 = (work[256u + r * 3u + j] + v23);
      if (v24 > best22) { best22 = v24; acc21 = i32(j); }
    }
    var acc25: f32 = 0.0f;
    for (var j = 0u; j < 3u + opaque; j++) {
      let v27: f32 = work[304u];
      let v28: f32 = max(v27, 9.999999960041972e-13f);
      let v29: f32 = (1.0f / v28);
      let v30: f32 = (v29 * data[80u + r]);
      let v31: f32 = (-v30);
      let v32: i32 = i32(j);
      let v33: i32 = bitcast<i32>(data[64u + r]);
      let v34: f32 = select(0.0f, 1.0f, v32 == v33);
      let v35: f32 = (v31 * v34);
      let v36: f32 = (-v35);
      acc25 += v36;
    }
    work[356u + r] = acc10;
    for (var j = 0u; j < 3u + opaque; j++) {
      let v37: i32 = i32(j);
      let v38: i32 = bitcast<i32>(data[64u + r]);
      let v39: f32 = select(0.0f, 1.0f, v37 == v38);
      work[308u + r * 3u + j] = v39;
      let v40: f32 = select(0.0f, 1.0f, v37 == acc21);
      work[372u + r * 3u + j] = v40;
      let v41: f32 = (v40 * v39);
      let v42: f32 = data[80u + r];
      let v43: f32 = (v41 * v42);
      work[420u + r * 3u + j] = v43;
      let v44: f32 = work[304u];
      let v45: f32 = max(v44, 9.999999960041972e-13f);
      let v46: f32 = (1.0f / v45);
      let v47: f32 = (v46 * data[80u + r]);
      let v48: f32 = (-v47);
      let v49: f32 = (v48 * v39);
      let v50: f32 = (acc25 / acc4);
      let v51: f32 = params[128u + j];
      let v52: f32 = (work[256u + r * 3u + j] + v51);
      let v53: f32 = (v52 - acc0);
      let v54: f32 = exp(v53);
      let v55: f32 = (v50 * v54);
      let v56: f32 = (v49 + v55);
      work[468u + r * 3u + j] = v56;
    }
  }
}
// ---- metrics_sum (reduce, 1 workgroups, train_step.003.metrics_sum.wgsl) from specs/iris.model:10
// metrics_sum: reduce kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 16u + opaque; j++) {
        let s0_v2: f32 = (-work[356u + j]);
        let s0_v3: f32 = (s0_v2 * data[80u + j]);
        s0_acc0 += s0_v3;
      }
      work[256u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 48u + opaque; j++) {
        s1_acc0 += work[420u + (j / 3u) * 3u + (j % 3u)];
      }
      work[260u] = s1_acc0;
    }
  }
  for (var r = gid.x; r < 3u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      acc0 += work[420u + j * 3u + r];
    }
    work[264u + r] = acc0;
  }
}
// ---- metrics_sum_1 (reduce, 1 workgroups, train_step.004.metrics_sum_1.wgsl) from specs/iris.model:10
// metrics_sum_1: reduce kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 3u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (1.0f - work[308u + j * 3u + r]);
      let v3: f32 = (work[372u + j * 3u + r] * v2);
      let v4: f32 = data[80u + j];
      let v5: f32 = (v3 * v4);
      acc0 += v5;
    }
    work[268u + r] = acc0;
  }
}
// ---- metrics_sum_2 (reduce, 1 workgroups, train_step.005.metrics_sum_2.wgsl) from specs/iris.model:10
// metrics_sum_2: reduce kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 3u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (1.0f - work[372u + j * 3u + r]);
      let v3: f32 = (v2 * work[308u + j * 3u + r]);
      let v4: f32 = data[80u + j];
      let v5: f32 = (v3 * v4);
      acc0 += v5;
    }
    work[272u + r] = acc0;
  }
}
// ---- metrics_add (elementwise, 1 workgroups, train_step.006.metrics_add.wgsl) from specs/iris.model:10
// metrics_add: elementwise kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s0_v0: f32 = work[256u];
      let s0_v1: f32 = work[304u];
      let s0_v2: f32 = max(s0_v1, 9.999999960041972e-13f);
      let s0_v3: f32 = (s0_v0 / s0_v2);
      work[276u] = s0_v3;
      let s0_v4: f32 = (s0_v3 * s0_v1);
      let s0_v5: f32 = (state[4u] + s0_v4);
      state[4u] = s0_v5;
      let s0_v6: f32 = abs(s0_v3);
      let s0_v7: f32 = select(0.0f, 1.0f, s0_v6 <= 3.0000000054977558e+38f);
      let s0_v8: f32 = (1.0f - s0_v7);
      let s0_v9: f32 = (state[12u] + s0_v8);
      state[12u] = s0_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s1_v0: f32 = work[260u];
      let s1_v1: f32 = (state[16u] + s1_v0);
      state[16u] = s1_v1;
    }
  }
  for (var i = gid.x; i < 3u; i += stride) {
    let v0: f32 = work[264u + (i % 3u)];
    let v1: f32 = (state[24u + i] + v0);
    state[24u + i] = v1;
  }
}
// ---- metrics_add_1 (elementwise, 1 workgroups, train_step.007.metrics_add_1.wgsl) from specs/iris.model:10
// metrics_add_1: elementwise kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 3u; i += stride) {
    let v0: f32 = work[268u + (i % 3u)];
    let v1: f32 = (state[28u + i] + v0);
    state[28u + i] = v1;
  }
}
// ---- metrics_add_2 (elementwise, 1 workgroups, train_step.008.metrics_add_2.wgsl) from specs/iris.model:10
// metrics_add_2: elementwise kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 3u; i += stride) {
    let v0: f32 = work[272u + (i % 3u)];
    let v1: f32 = (state[32u + i] + v0);
    state[32u + i] = v1;
  }
}
// ---- logits_grad_sum (reduce, 1 workgroups, train_step.009.logits_grad_sum.wgsl) from specs/iris.model:8
// logits_grad_sum: reduce kernel (mdlc)
// from specs/iris.model:8
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 3u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      acc0 += work[468u + j * 3u + r];
    }
    work[256u + r] = acc0;
  }
}
// ---- logits_grad_matmul (matmul, 1 workgroups, train_step.010.logits_grad_matmul.wgsl) from specs/iris.model:8
// logits_grad_matmul: matmul kernel (mdlc)
// from specs/iris.model:8
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16u; t += stride) {
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
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
    for (var k = 0u; k < 3u + opaque; k++) {
      let v0: f32 = work[468u + m0 * 3u + k];
      let v1: f32 = work[468u + min(m0 + 1u, 15u) * 3u + k];
      let v2: f32 = work[468u + min(m0 + 2u, 15u) * 3u + k];
      let v3: f32 = work[468u + min(m0 + 3u, 15u) * 3u + k];
      let v4: f32 = params[80u + n0 * 3u + k];
      let v5: f32 = params[80u + min(n0 + 1u, 15u) * 3u + k];
      let v6: f32 = params[80u + min(n0 + 2u, 15u) * 3u + k];
      let v7: f32 = params[80u + min(n0 + 3u, 15u) * 3u + k];
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
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[516u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[516u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[516u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[516u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[516u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[516u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[516u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[516u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[516u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[516u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[516u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[516u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[516u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[516u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[516u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[516u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- hidden_grad_sum (reduce, 1 workgroups, train_step.011.hidden_grad_sum.wgsl) from specs/iris.model:7, specs/iris.model:10
// hidden_grad_sum: reduce kernel (mdlc)
// from specs/iris.model:7, specs/iris.model:10
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 16u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (work[j * 16u + r] * work[j * 16u + r]);
      let v3: f32 = (1.0f - v2);
      let v4: f32 = (work[516u + j * 16u + r] * v3);
      acc0 += v4;
    }
    work[280u + r] = acc0;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v5: f32 = (work[j * 16u + r] * work[j * 16u + r]);
      let v6: f32 = (1.0f - v5);
      let v7: f32 = (work[516u + j * 16u + r] * v6);
      work[772u + j * 16u + r] = v7;
    }
  }
}
// ---- optimizer_matmul (matmul, 1 workgroups, train_step.012.optimizer_matmul.wgsl) from specs/iris.model:7, specs/iris.model:11
// optimizer_matmul: matmul kernel (mdlc)
// from specs/iris.model:7, specs/iris.model:11
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;

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
  for (var t = gid.x; t < 4u; t += stride) {
    let rem = t % 4u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
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
    for (var k = 0u; k < 16u + opaque; k++) {
      let v0: f32 = data[k * 4u + m0];
      let v1: f32 = data[k * 4u + min(m0 + 1u, 3u)];
      let v2: f32 = data[k * 4u + min(m0 + 2u, 3u)];
      let v3: f32 = data[k * 4u + min(m0 + 3u, 3u)];
      let v4: f32 = work[772u + k * 16u + n0];
      let v5: f32 = work[772u + k * 16u + min(n0 + 1u, 15u)];
      let v6: f32 = work[772u + k * 16u + min(n0 + 2u, 15u)];
      let v7: f32 = work[772u + k * 16u + min(n0 + 3u, 15u)];
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
    if (m0 + 0u < 4u && n0 + 0u < 16u) {
      let v8: f32 = (state[68u + m0 * 16u + n0] * 0.8999999761581421f);
      let v9: f32 = (v8 + acc_0_0);
      state[68u + m0 * 16u + n0] = v9;
    }
    if (m0 + 0u < 4u && n0 + 1u < 16u) {
      let v10: f32 = (state[68u + m0 * 16u + (n0 + 1u)] * 0.8999999761581421f);
      let v11: f32 = (v10 + acc_0_1);
      state[68u + m0 * 16u + (n0 + 1u)] = v11;
    }
    if (m0 + 0u < 4u && n0 + 2u < 16u) {
      let v12: f32 = (state[68u + m0 * 16u + (n0 + 2u)] * 0.8999999761581421f);
      let v13: f32 = (v12 + acc_0_2);
      state[68u + m0 * 16u + (n0 + 2u)] = v13;
    }
    if (m0 + 0u < 4u && n0 + 3u < 16u) {
      let v14: f32 = (state[68u + m0 * 16u + (n0 + 3u)] * 0.8999999761581421f);
      let v15: f32 = (v14 + acc_0_3);
      state[68u + m0 * 16u + (n0 + 3u)] = v15;
    }
    if (m0 + 1u < 4u && n0 + 0u < 16u) {
      let v16: f32 = (state[68u + (m0 + 1u) * 16u + n0] * 0.8999999761581421f);
      let v17: f32 = (v16 + acc_1_0);
      state[68u + (m0 + 1u) * 16u + n0] = v17;
    }
    if (m0 + 1u < 4u && n0 + 1u < 16u) {
      let v18: f32 = (state[68u + (m0 + 1u) * 16u + (n0 + 1u)] * 0.8999999761581421f);
      let v19: f32 = (v18 + acc_1_1);
      state[68u + (m0 + 1u) * 16u + (n0 + 1u)] = v19;
    }
    if (m0 + 1u < 4u && n0 + 2u < 16u) {
      let v20: f32 = (state[68u + (m0 + 1u) * 16u + (n0 + 2u)] * 0.8999999761581421f);
      let v21: f32 = (v20 + acc_1_2);
      state[68u + (m0 + 1u) * 16u + (n0 + 2u)] = v21;
    }
    if (m0 + 1u < 4u && n0 + 3u < 16u) {
      let v22: f32 = (state[68u + (m0 + 1u) * 16u + (n0 + 3u)] * 0.8999999761581421f);
      let v23: f32 = (v22 + acc_1_3);
      state[68u + (m0 + 1u) * 16u + (n0 + 3u)] = v23;
    }
    if (m0 + 2u < 4u && n0 + 0u < 16u) {
      let v24: f32 = (state[68u + (m0 + 2u) * 16u + n0] * 0.8999999761581421f);
      let v25: f32 = (v24 + acc_2_0);
      state[68u + (m0 + 2u) * 16u + n0] = v25;
    }
    if (m0 + 2u < 4u && n0 + 1u < 16u) {
      let v26: f32 = (state[68u + (m0 + 2u) * 16u + (n0 + 1u)] * 0.8999999761581421f);
      let v27: f32 = (v26 + acc_2_1);
      state[68u + (m0 + 2u) * 16u + (n0 + 1u)] = v27;
    }
    if (m0 + 2u < 4u && n0 + 2u < 16u) {
      let v28: f32 = (state[68u + (m0 + 2u) * 16u + (n0 + 2u)] * 0.8999999761581421f);
      let v29: f32 = (v28 + acc_2_2);
      state[68u + (m0 + 2u) * 16u + (n0 + 2u)] = v29;
    }
    if (m0 + 2u < 4u && n0 + 3u < 16u) {
      let v30: f32 = (state[68u + (m0 + 2u) * 16u + (n0 + 3u)] * 0.8999999761581421f);
      let v31: f32 = (v30 + acc_2_3);
      state[68u + (m0 + 2u) * 16u + (n0 + 3u)] = v31;
    }
    if (m0 + 3u < 4u && n0 + 0u < 16u) {
      let v32: f32 = (state[68u + (m0 + 3u) * 16u + n0] * 0.8999999761581421f);
      let v33: f32 = (v32 + acc_3_0);
      state[68u + (m0 + 3u) * 16u + n0] = v33;
    }
    if (m0 + 3u < 4u && n0 + 1u < 16u) {
      let v34: f32 = (state[68u + (m0 + 3u) * 16u + (n0 + 1u)] * 0.8999999761581421f);
      let v35: f32 = (v34 + acc_3_1);
      state[68u + (m0 + 3u) * 16u + (n0 + 1u)] = v35;
    }
    if (m0 + 3u < 4u && n0 + 2u < 16u) {
      let v36: f32 = (state[68u + (m0 + 3u) * 16u + (n0 + 2u)] * 0.8999999761581421f);
      let v37: f32 = (v36 + acc_3_2);
      state[68u + (m0 + 3u) * 16u + (n0 + 2u)] = v37;
    }
    if (m0 + 3u < 4u && n0 + 3u < 16u) {
      let v38: f32 = (state[68u + (m0 + 3u) * 16u + (n0 + 3u)] * 0.8999999761581421f);
      let v39: f32 = (v38 + acc_3_3);
      state[68u + (m0 + 3u) * 16u + (n0 + 3u)] = v39;
    }
  }
}
// ---- optimizer_matmul_1 (matmul, 1 workgroups, train_step.013.optimizer_matmul_1.wgsl) from specs/iris.model:8, specs/iris.model:11
// optimizer_matmul_1: matmul kernel (mdlc)
// from specs/iris.model:8, specs/iris.model:11
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 4u; t += stride) {
    let rem = t % 4u;
    let m0 = (rem / 1u) * 4u;
    let n0 = (rem % 1u) * 3u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v0: f32 = work[k * 16u + m0];
      let v1: f32 = work[k * 16u + min(m0 + 1u, 15u)];
      let v2: f32 = work[k * 16u + min(m0 + 2u, 15u)];
      let v3: f32 = work[k * 16u + min(m0 + 3u, 15u)];
      let v4: f32 = work[468u + k * 3u + n0];
      let v5: f32 = work[468u + k * 3u + min(n0 + 1u, 2u)];
      let v6: f32 = work[468u + k * 3u + min(n0 + 2u, 2u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
    }
    if (m0 + 0u < 16u && n0 + 0u < 3u) {
      let v7: f32 = (state[148u + m0 * 3u + n0] * 0.8999999761581421f);
      let v8: f32 = (v7 + acc_0_0);
      state[148u + m0 * 3u + n0] = v8;
    }
    if (m0 + 0u < 16u && n0 + 1u < 3u) {
      let v9: f32 = (state[148u + m0 * 3u + (n0 + 1u)] * 0.8999999761581421f);
      let v10: f32 = (v9 + acc_0_1);
      state[148u + m0 * 3u + (n0 + 1u)] = v10;
    }
    if (m0 + 0u < 16u && n0 + 2u < 3u) {
      let v11: f32 = (state[148u + m0 * 3u + (n0 + 2u)] * 0.8999999761581421f);
      let v12: f32 = (v11 + acc_0_2);
      state[148u + m0 * 3u + (n0 + 2u)] = v12;
    }
    if (m0 + 1u < 16u && n0 + 0u < 3u) {
      let v13: f32 = (state[148u + (m0 + 1u) * 3u + n0] * 0.8999999761581421f);
      let v14: f32 = (v13 + acc_1_0);
      state[148u + (m0 + 1u) * 3u + n0] = v14;
    }
    if (m0 + 1u < 16u && n0 + 1u < 3u) {
      let v15: f32 = (state[148u + (m0 + 1u) * 3u + (n0 + 1u)] * 0.8999999761581421f);
      let v16: f32 = (v15 + acc_1_1);
      state[148u + (m0 + 1u) * 3u + (n0 + 1u)] = v16;
    }
    if (m0 + 1u < 16u && n0 + 2u < 3u) {
      let v17: f32 = (state[148u + (m0 + 1u) * 3u + (n0 + 2u)] * 0.8999999761581421f);
      let v18: f32 = (v17 + acc_1_2);
      state[148u + (m0 + 1u) * 3u + (n0 + 2u)] = v18;
    }
    if (m0 + 2u < 16u && n0 + 0u < 3u) {
      let v19: f32 = (state[148u + (m0 + 2u) * 3u + n0] * 0.8999999761581421f);
      let v20: f32 = (v19 + acc_2_0);
      state[148u + (m0 + 2u) * 3u + n0] = v20;
    }
    if (m0 + 2u < 16u && n0 + 1u < 3u) {
      let v21: f32 = (state[148u + (m0 + 2u) * 3u + (n0 + 1u)] * 0.8999999761581421f);
      let v22: f32 = (v21 + acc_2_1);
      state[148u + (m0 + 2u) * 3u + (n0 + 1u)] = v22;
    }
    if (m0 + 2u < 16u && n0 + 2u < 3u) {
      let v23: f32 = (state[148u + (m0 + 2u) * 3u + (n0 + 2u)] * 0.8999999761581421f);
      let v24: f32 = (v23 + acc_2_2);
      state[148u + (m0 + 2u) * 3u + (n0 + 2u)] = v24;
    }
    if (m0 + 3u < 16u && n0 + 0u < 3u) {
      let v25: f32 = (state[148u + (m0 + 3u) * 3u + n0] * 0.8999999761581421f);
      let v26: f32 = (v25 + acc_3_0);
      state[148u + (m0 + 3u) * 3u + n0] = v26;
    }
    if (m0 + 3u < 16u && n0 + 1u < 3u) {
      let v27: f32 = (state[148u + (m0 + 3u) * 3u + (n0 + 1u)] * 0.8999999761581421f);
      let v28: f32 = (v27 + acc_3_1);
      state[148u + (m0 + 3u) * 3u + (n0 + 1u)] = v28;
    }
    if (m0 + 3u < 16u && n0 + 2u < 3u) {
      let v29: f32 = (state[148u + (m0 + 3u) * 3u + (n0 + 2u)] * 0.8999999761581421f);
      let v30: f32 = (v29 + acc_3_2);
      state[148u + (m0 + 3u) * 3u + (n0 + 2u)] = v30;
    }
  }
}
// ---- optimizer_sub (elementwise, 2 workgroups, train_step.014.optimizer_sub.wgsl) from specs/iris.model:11
// optimizer_sub: elementwise kernel (mdlc)
// from specs/iris.model:11
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read> state: array<f32>;
var<private> base0: array<u32, 2> = array<u32, 2>(0u, 80u);
var<private> base1: array<u32, 2> = array<u32, 2>(68u, 148u);
var<private> base2: array<u32, 2> = array<u32, 2>(0u, 80u);

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 112u; i += stride) {
    var seg = 0u;
    if (i >= 64u) { seg = 1u; }
    var starts = array<u32, 2>(0u, 64u);
    let j = i - starts[seg];
    let v0: f32 = (0.05000000074505806f * state[base1[seg] + j]);
    let v1: f32 = (params[base0[seg] + j] - v0);
    params[base2[seg] + j] = v1;
  }
}
// ---- optimizer_sub_1 (elementwise, 1 workgroups, train_step.015.optimizer_sub_1.wgsl) from specs/iris.model:11, specs/iris.model:7, specs/iris.model:8
// optimizer_sub_1: elementwise kernel (mdlc)
// from specs/iris.model:11, specs/iris.model:7, specs/iris.model:8
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;
var<private> base0: array<u32, 2> = array<u32, 2>(64u, 128u);
var<private> base1: array<u32, 2> = array<u32, 2>(280u, 256u);
var<private> base2: array<u32, 2> = array<u32, 2>(132u, 196u);
var<private> base3: array<u32, 2> = array<u32, 2>(132u, 196u);
var<private> base4: array<u32, 2> = array<u32, 2>(64u, 128u);

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 19u; i += stride) {
    var seg = 0u;
    if (i >= 16u) { seg = 1u; }
    var starts = array<u32, 2>(0u, 16u);
    let j = i - starts[seg];
    let v0: f32 = (state[base2[seg] + j] * 0.8999999761581421f);
    let v1: f32 = (v0 + work[base1[seg] + j]);
    state[base3[seg] + j] = v1;
    let v2: f32 = (0.05000000074505806f * v1);
    let v3: f32 = (params[base0[seg] + j] - v2);
    params[base4[seg] + j] = v3;
  }
}
// ==== eval_step: 9 kernels
// ---- hidden_matmul (matmul, 1 workgroups, eval_step.000.hidden_matmul.wgsl) from specs/iris.model:7
// hidden_matmul: matmul kernel (mdlc)
// from specs/iris.model:7
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16u; t += stride) {
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
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
    for (var k = 0u; k < 4u + opaque; k++) {
      let v0: f32 = data[m0 * 4u + k];
      let v1: f32 = data[min(m0 + 1u, 15u) * 4u + k];
      let v2: f32 = data[min(m0 + 2u, 15u) * 4u + k];
      let v3: f32 = data[min(m0 + 3u, 15u) * 4u + k];
      let v4: f32 = params[k * 16u + n0];
      let v5: f32 = params[k * 16u + min(n0 + 1u, 15u)];
      let v6: f32 = params[k * 16u + min(n0 + 2u, 15u)];
      let v7: f32 = params[k * 16u + min(n0 + 3u, 15u)];
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
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      let v8: f32 = params[64u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = tanh(clamp(v9, -15.0f, 15.0f));
      work[m0 * 16u + n0] = v10;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[64u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = tanh(clamp(v13, -15.0f, 15.0f));
      work[m0 * 16u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[64u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = tanh(clamp(v17, -15.0f, 15.0f));
      work[m0 * 16u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[64u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = tanh(clamp(v21, -15.0f, 15.0f));
      work[m0 * 16u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      let v23: f32 = params[64u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = tanh(clamp(v24, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + n0] = v25;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[64u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = tanh(clamp(v28, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[64u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = tanh(clamp(v32, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[64u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = tanh(clamp(v36, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      let v38: f32 = params[64u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = tanh(clamp(v39, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + n0] = v40;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[64u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = tanh(clamp(v43, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[64u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = tanh(clamp(v47, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[64u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = tanh(clamp(v51, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      let v53: f32 = params[64u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = tanh(clamp(v54, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + n0] = v55;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[64u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = tanh(clamp(v58, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[64u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = tanh(clamp(v62, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[64u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = tanh(clamp(v66, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + (n0 + 3u)] = v67;
    }
  }
}
// ---- logits_matmul (matmul, 1 workgroups, eval_step.001.logits_matmul.wgsl) from specs/iris.model:8
// logits_matmul: matmul kernel (mdlc)
// from specs/iris.model:8
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 4u; t += stride) {
    let rem = t % 4u;
    let m0 = (rem / 1u) * 4u;
    let n0 = (rem % 1u) * 3u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v0: f32 = work[m0 * 16u + k];
      let v1: f32 = work[min(m0 + 1u, 15u) * 16u + k];
      let v2: f32 = work[min(m0 + 2u, 15u) * 16u + k];
      let v3: f32 = work[min(m0 + 3u, 15u) * 16u + k];
      let v4: f32 = params[80u + k * 3u + n0];
      let v5: f32 = params[80u + k * 3u + min(n0 + 1u, 2u)];
      let v6: f32 = params[80u + k * 3u + min(n0 + 2u, 2u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
    }
    if (m0 + 0u < 16u && n0 + 0u < 3u) {
      work[256u + m0 * 3u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 3u) {
      work[256u + m0 * 3u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 3u) {
      work[256u + m0 * 3u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 1u < 16u && n0 + 0u < 3u) {
      work[256u + (m0 + 1u) * 3u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 3u) {
      work[256u + (m0 + 1u) * 3u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 3u) {
      work[256u + (m0 + 1u) * 3u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 2u < 16u && n0 + 0u < 3u) {
      work[256u + (m0 + 2u) * 3u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 3u) {
      work[256u + (m0 + 2u) * 3u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 3u) {
      work[256u + (m0 + 2u) * 3u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 3u < 16u && n0 + 0u < 3u) {
      work[256u + (m0 + 3u) * 3u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 3u) {
      work[256u + (m0 + 3u) * 3u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 3u) {
      work[256u + (m0 + 3u) * 3u + (n0 + 2u)] = acc_3_2;
    }
  }
}
// ---- loss_log_softmax (reduce, 1 workgroups, eval_step.002.loss_log_softmax.wgsl) from specs/iris.model:10, specs/iris.model:8
// loss_log_softmax: reduce kernel (mdlc)
// from specs/iris.model:10, specs/iris.model:8
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
      for (var j = 0u; j < 16u + opaque; j++) {
        s0_acc0 += data[80u + j];
      }
      work[64u] = s0_acc0;
    }
  }
  for (var r = gid.x; r < 16u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 3u + opaque; j++) {
      let v2: f32 = params[128u + j];
      let v3: f32 = (work[256u + r * 3u + j] + v2);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 3u + opaque; j++) {
      let v6: f32 = params[128u + j];
      let v7: f32 = (work[256u + r * 3u + j] + v6);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 3u + opaque; j++) {
      let v12: i32 = i32(j);
      let v13: i32 = bitcast<i32>(data[64u + r]);
      let v14: f32 = select(0.0f, 1.0f, v12 == v13);
      let v15: f32 = params[128u + j];
      let v16: f32 = (work[256u + r * 3u + j] + v15);
      let v17: f32 = (v16 - acc0);
      let v18: f32 = log(acc4);
      let v19: f32 = (v17 - v18);
      let v20: f32 = (v14 * v19);
      acc10 += v20;
    }
    var best22: f32 = -3.4028234e38f;
    var acc21: i32 = 0i;
    for (var j = 0u; j < 3u + opaque; j++) {
      let v23: f32 = params[128u + j];
      let v24: f32 = (work[256u + r * 3u + j] + v23);
      if (v24 > best22) { best22 = v24; acc21 = i32(j); }
    }
    work[48u + r] = acc10;
    for (var j = 0u; j < 3u + opaque; j++) {
      let v25: i32 = i32(j);
      let v26: i32 = bitcast<i32>(data[64u + r]);
      let v27: f32 = select(0.0f, 1.0f, v25 == v26);
      work[r * 3u + j] = v27;
      let v28: f32 = select(0.0f, 1.0f, v25 == acc21);
      work[68u + r * 3u + j] = v28;
      let v29: f32 = (v28 * v27);
      let v30: f32 = data[80u + r];
      let v31: f32 = (v29 * v30);
      work[116u + r * 3u + j] = v31;
    }
  }
}
// ---- metrics_sum (reduce, 1 workgroups, eval_step.003.metrics_sum.wgsl) from specs/iris.model:10
// metrics_sum: reduce kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 16u + opaque; j++) {
        let s0_v2: f32 = (-work[48u + j]);
        let s0_v3: f32 = (s0_v2 * data[80u + j]);
        s0_acc0 += s0_v3;
      }
      work[164u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 48u + opaque; j++) {
        s1_acc0 += work[116u + (j / 3u) * 3u + (j % 3u)];
      }
      work[168u] = s1_acc0;
    }
  }
  for (var r = gid.x; r < 3u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      acc0 += work[116u + j * 3u + r];
    }
    work[172u + r] = acc0;
  }
}
// ---- metrics_sum_1 (reduce, 1 workgroups, eval_step.004.metrics_sum_1.wgsl) from specs/iris.model:10
// metrics_sum_1: reduce kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 3u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (1.0f - work[j * 3u + r]);
      let v3: f32 = (work[68u + j * 3u + r] * v2);
      let v4: f32 = data[80u + j];
      let v5: f32 = (v3 * v4);
      acc0 += v5;
    }
    work[48u + r] = acc0;
  }
}
// ---- metrics_sum_2 (reduce, 1 workgroups, eval_step.005.metrics_sum_2.wgsl) from specs/iris.model:10
// metrics_sum_2: reduce kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 3u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (1.0f - work[68u + j * 3u + r]);
      let v3: f32 = (v2 * work[j * 3u + r]);
      let v4: f32 = data[80u + j];
      let v5: f32 = (v3 * v4);
      acc0 += v5;
    }
    work[52u + r] = acc0;
  }
}
// ---- metrics_add (elementwise, 1 workgroups, eval_step.006.metrics_add.wgsl) from specs/iris.model:10
// metrics_add: elementwise kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s0_v0: f32 = work[64u];
      let s0_v1: f32 = (state[40u] + s0_v0);
      state[40u] = s0_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s1_v0: f32 = work[164u];
      let s1_v1: f32 = work[64u];
      let s1_v2: f32 = max(s1_v1, 9.999999960041972e-13f);
      let s1_v3: f32 = (s1_v0 / s1_v2);
      work[0u] = s1_v3;
      let s1_v4: f32 = (s1_v3 * s1_v1);
      let s1_v5: f32 = (state[36u] + s1_v4);
      state[36u] = s1_v5;
      let s1_v6: f32 = abs(s1_v3);
      let s1_v7: f32 = select(0.0f, 1.0f, s1_v6 <= 3.0000000054977558e+38f);
      let s1_v8: f32 = (1.0f - s1_v7);
      let s1_v9: f32 = (state[44u] + s1_v8);
      state[44u] = s1_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[168u];
      let s2_v1: f32 = (state[48u] + s2_v0);
      state[48u] = s2_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[64u];
      let s3_v1: f32 = (state[52u] + s3_v0);
      state[52u] = s3_v1;
    }
  }
  for (var i = gid.x; i < 3u; i += stride) {
    let v0: f32 = work[172u + (i % 3u)];
    let v1: f32 = (state[56u + i] + v0);
    state[56u + i] = v1;
  }
}
// ---- metrics_add_1 (elementwise, 1 workgroups, eval_step.007.metrics_add_1.wgsl) from specs/iris.model:10
// metrics_add_1: elementwise kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 3u; i += stride) {
    let v0: f32 = work[48u + (i % 3u)];
    let v1: f32 = (state[60u + i] + v0);
    state[60u + i] = v1;
  }
}
// ---- metrics_add_2 (elementwise, 1 workgroups, eval_step.008.metrics_add_2.wgsl) from specs/iris.model:10
// metrics_add_2: elementwise kernel (mdlc)
// from specs/iris.model:10
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 3u; i += stride) {
    let v0: f32 = work[52u + (i % 3u)];
    let v1: f32 = (state[64u + i] + v0);
    state[64u + i] = v1;
  }
}
// ==== predict: 2 kernels
// ---- hidden_matmul (matmul, 1 workgroups, predict.000.hidden_matmul.wgsl) from specs/iris.model:7
// hidden_matmul: matmul kernel (mdlc)
// from specs/iris.model:7
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16u; t += stride) {
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
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
    for (var k = 0u; k < 4u + opaque; k++) {
      let v0: f32 = data[m0 * 4u + k];
      let v1: f32 = data[min(m0 + 1u, 15u) * 4u + k];
      let v2: f32 = data[min(m0 + 2u, 15u) * 4u + k];
      let v3: f32 = data[min(m0 + 3u, 15u) * 4u + k];
      let v4: f32 = params[k * 16u + n0];
      let v5: f32 = params[k * 16u + min(n0 + 1u, 15u)];
      let v6: f32 = params[k * 16u + min(n0 + 2u, 15u)];
      let v7: f32 = params[k * 16u + min(n0 + 3u, 15u)];
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
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      let v8: f32 = params[64u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = tanh(clamp(v9, -15.0f, 15.0f));
      work[m0 * 16u + n0] = v10;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[64u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = tanh(clamp(v13, -15.0f, 15.0f));
      work[m0 * 16u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[64u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = tanh(clamp(v17, -15.0f, 15.0f));
      work[m0 * 16u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[64u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = tanh(clamp(v21, -15.0f, 15.0f));
      work[m0 * 16u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      let v23: f32 = params[64u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = tanh(clamp(v24, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + n0] = v25;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[64u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = tanh(clamp(v28, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[64u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = tanh(clamp(v32, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[64u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = tanh(clamp(v36, -15.0f, 15.0f));
      work[(m0 + 1u) * 16u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      let v38: f32 = params[64u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = tanh(clamp(v39, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + n0] = v40;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[64u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = tanh(clamp(v43, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[64u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = tanh(clamp(v47, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[64u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = tanh(clamp(v51, -15.0f, 15.0f));
      work[(m0 + 2u) * 16u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      let v53: f32 = params[64u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = tanh(clamp(v54, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + n0] = v55;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[64u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = tanh(clamp(v58, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[64u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = tanh(clamp(v62, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[64u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = tanh(clamp(v66, -15.0f, 15.0f));
      work[(m0 + 3u) * 16u + (n0 + 3u)] = v67;
    }
  }
}
// ---- logits_matmul (matmul, 1 workgroups, predict.001.logits_matmul.wgsl) from specs/iris.model:8
// logits_matmul: matmul kernel (mdlc)
// from specs/iris.model:8
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 4u; t += stride) {
    let rem = t % 4u;
    let m0 = (rem / 1u) * 4u;
    let n0 = (rem % 1u) * 3u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v0: f32 = work[m0 * 16u + k];
      let v1: f32 = work[min(m0 + 1u, 15u) * 16u + k];
      let v2: f32 = work[min(m0 + 2u, 15u) * 16u + k];
      let v3: f32 = work[min(m0 + 3u, 15u) * 16u + k];
      let v4: f32 = params[80u + k * 3u + n0];
      let v5: f32 = params[80u + k * 3u + min(n0 + 1u, 2u)];
      let v6: f32 = params[80u + k * 3u + min(n0 + 2u, 2u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
    }
    if (m0 + 0u < 16u && n0 + 0u < 3u) {
      let v7: f32 = params[128u + n0];
      let v8: f32 = (acc_0_0 + v7);
      work[256u + m0 * 3u + n0] = v8;
    }
    if (m0 + 0u < 16u && n0 + 1u < 3u) {
      let v9: u32 = (n0 + 1u);
      let v10: f32 = params[128u + v9];
      let v11: f32 = (acc_0_1 + v10);
      work[256u + m0 * 3u + (n0 + 1u)] = v11;
    }
    if (m0 + 0u < 16u && n0 + 2u < 3u) {
      let v12: u32 = (n0 + 2u);
      let v13: f32 = params[128u + v12];
      let v14: f32 = (acc_0_2 + v13);
      work[256u + m0 * 3u + (n0 + 2u)] = v14;
    }
    if (m0 + 1u < 16u && n0 + 0u < 3u) {
      let v15: f32 = params[128u + n0];
      let v16: f32 = (acc_1_0 + v15);
      work[256u + (m0 + 1u) * 3u + n0] = v16;
    }
    if (m0 + 1u < 16u && n0 + 1u < 3u) {
      let v17: u32 = (n0 + 1u);
      let v18: f32 = params[128u + v17];
      let v19: f32 = (acc_1_1 + v18);
      work[256u + (m0 + 1u) * 3u + (n0 + 1u)] = v19;
    }
    if (m0 + 1u < 16u && n0 + 2u < 3u) {
      let v20: u32 = (n0 + 2u);
      let v21: f32 = params[128u + v20];
      let v22: f32 = (acc_1_2 + v21);
      work[256u + (m0 + 1u) * 3u + (n0 + 2u)] = v22;
    }
    if (m0 + 2u < 16u && n0 + 0u < 3u) {
      let v23: f32 = params[128u + n0];
      let v24: f32 = (acc_2_0 + v23);
      work[256u + (m0 + 2u) * 3u + n0] = v24;
    }
    if (m0 + 2u < 16u && n0 + 1u < 3u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[128u + v25];
      let v27: f32 = (acc_2_1 + v26);
      work[256u + (m0 + 2u) * 3u + (n0 + 1u)] = v27;
    }
    if (m0 + 2u < 16u && n0 + 2u < 3u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[128u + v28];
      let v30: f32 = (acc_2_2 + v29);
      work[256u + (m0 + 2u) * 3u + (n0 + 2u)] = v30;
    }
    if (m0 + 3u < 16u && n0 + 0u < 3u) {
      let v31: f32 = params[128u + n0];
      let v32: f32 = (acc_3_0 + v31);
      work[256u + (m0 + 3u) * 3u + n0] = v32;
    }
    if (m0 + 3u < 16u && n0 + 1u < 3u) {
      let v33: u32 = (n0 + 1u);
      let v34: f32 = params[128u + v33];
      let v35: f32 = (acc_3_1 + v34);
      work[256u + (m0 + 3u) * 3u + (n0 + 1u)] = v35;
    }
    if (m0 + 3u < 16u && n0 + 2u < 3u) {
      let v36: u32 = (n0 + 2u);
      let v37: f32 = params[128u + v36];
      let v38: f32 = (acc_3_2 + v37);
      work[256u + (m0 + 3u) * 3u + (n0 + 2u)] = v38;
    }
  }
}
