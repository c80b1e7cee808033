<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActivationGallery</name>
    <message>
        <location filename="../../perceptron_gui/ui/activation_gallery.py" line="100"/>
        <source>Use for the hidden layer</source>
        <translation>Dùng cho lớp ẩn</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/activation_gallery.py" line="101"/>
        <source>Train the hidden layer with this activation (press Train after)</source>
        <translation>Huấn luyện lớp ẩn với hàm kích hoạt này (rồi bấm Huấn luyện)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/activation_gallery.py" line="134"/>
        <source>z = {0:.3f}:  f(z) = {1:.4f},  f′(z) = {2:.4f}</source>
        <translation>z = {0:.3f}:  f(z) = {1:.4f},  f′(z) = {2:.4f}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/activation_gallery.py" line="135"/>
        <source>numerically, (f(z + h) − f(z − h)) / 2h = {0:.4f}  {1}</source>
        <translation>tính bằng số, (f(z + h) − f(z − h)) / 2h = {0:.4f}  {1}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/activation_gallery.py" line="136"/>
        <source>✗ (a kink: f′ jumps here)</source>
        <translation>✗ (điểm gãy: f′ nhảy tại đây)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/activation_gallery.py" line="138"/>
        <source>σ(z)·(1 − σ(z)) = {0:.4f} × {1:.4f} = {2:.4f}: σ′ = σ(1 − σ)</source>
        <translation>σ(z)·(1 − σ(z)) = {0:.4f} × {1:.4f} = {2:.4f}: σ′ = σ(1 − σ)</translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <location filename="../../perceptron_gui/ui/config_form.py" line="35"/>
        <source>{0}. The previous setting is kept.</source>
        <translation>{0}. Giữ nguyên thiết lập trước đó.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/config_form.py" line="44"/>
        <source>Loaded the explorer&apos;s model: press Train (Space) to run it.</source>
        <translation>Đã nạp mô hình từ trình khám phá: nhấn Huấn luyện (Space) để chạy.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/config_form.py" line="57"/>
        <source>Added a hidden layer of 4 units: press Train (Space).</source>
        <translation>Đã thêm một lớp ẩn 4 nút: nhấn Huấn luyện (Space).</translation>
    </message>
</context>
<context>
    <name>EpochScrubber</name>
    <message>
        <location filename="../../perceptron_gui/ui/epoch_scrubber.py" line="41"/>
        <source>Go back to an earlier epoch of the run: the surface, the predictions, the diagram and the inspector show that epoch (← → one epoch, Page Up/Down a tenth of the run)</source>
        <translation>Quay lại một epoch trước đó của lần chạy: bề mặt, các dự đoán, sơ đồ và trình soi hiển thị epoch đó (← → một epoch, Page Up/Down một phần mười lần chạy)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/epoch_scrubber.py" line="44"/>
        <source>The epoch on show</source>
        <translation>Epoch đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/epoch_scrubber.py" line="45"/>
        <source>Live</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/epoch_scrubber.py" line="46"/>
        <source>Show the latest epoch again and follow training</source>
        <translation>Hiển thị lại epoch mới nhất và theo dõi quá trình huấn luyện</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/epoch_scrubber.py" line="47"/>
        <source>Epoch:</source>
        <translation>Epoch:</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="44"/>
        <source>σ(z) = 1/(1 + e^−z),  σ&apos;(z) = σ(z)(1 − σ(z))</source>
        <translation>σ(z) = 1/(1 + e^−z),  σ&apos;(z) = σ(z)(1 − σ(z))</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="45"/>
        <source>tanh(z),  tanh&apos;(z) = 1 − tanh²(z)</source>
        <translation>tanh(z),  tanh&apos;(z) = 1 − tanh²(z)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="46"/>
        <source>max(0, z),  f&apos;(z) = 1 if z &gt; 0 else 0</source>
        <translation>max(0, z),  f&apos;(z) = 1 nếu z &gt; 0, ngược lại 0</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="47"/>
        <source>max(0.1z, z),  f&apos;(z) = 1 if z &gt; 0 else 0.1</source>
        <translation>max(0.1z, z),  f&apos;(z) = 1 nếu z &gt; 0, ngược lại 0.1</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="48"/>
        <source>z if z ≥ 0 else α(e^z − 1),  f&apos;(z) = 1 if z ≥ 0 else f(z) + α</source>
        <translation>z nếu z ≥ 0, ngược lại α(e^z − 1),  f&apos;(z) = 1 nếu z ≥ 0, ngược lại f(z) + α</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="49"/>
        <source>max_k(W_k·x + b_k),  ∂/∂W_k = x for the winning piece k, 0 for the others</source>
        <translation>max_k(W_k·x + b_k),  ∂/∂W_k = x với mảnh thắng k, 0 với các mảnh còn lại</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="51"/>
        <source>f(z) = z,  f&apos;(z) = 1</source>
        <translation>f(z) = z,  f&apos;(z) = 1</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="55"/>
        <source>E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)],  ∂E/∂z = (ŷ − y)/N</source>
        <translation>E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)],  ∂E/∂z = (ŷ − y)/N</translation>
    </message>
</context>
<context>
    <name>HyperparameterPanel</name>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="59"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="60"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="61"/>
        <source>relu</source>
        <translation>relu</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="62"/>
        <source>leaky_relu</source>
        <translation>leaky_relu</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="63"/>
        <source>elu</source>
        <translation>elu</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="64"/>
        <source>maxout</source>
        <translation>maxout</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="65"/>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="75"/>
        <source>mse (½ included)</source>
        <translation>mse (có ½)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="76"/>
        <source>binary cross-entropy</source>
        <translation>cross-entropy nhị phân</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="79"/>
        <source>gradient descent</source>
        <translation>hạ gradient</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="80"/>
        <source>momentum</source>
        <translation>quán tính</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="81"/>
        <source>adam</source>
        <translation>adam</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="84"/>
        <source>full batch</source>
        <translation>toàn bộ mẫu</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="85"/>
        <source>per sample (SGD)</source>
        <translation>từng mẫu (SGD)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="86"/>
        <source>mini-batch</source>
        <translation>lô nhỏ</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="91"/>
        <source>gradient descent: w ← w − α·∂E/∂w</source>
        <translation>hạ gradient (gradient descent): w ← w − α·∂E/∂w</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="92"/>
        <source>momentum: v ← 0.9·v + g, w ← w − α·v</source>
        <translation>quán tính (momentum): v ← 0.9·v + g, w ← w − α·v</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="93"/>
        <source>adam: w ← w − α·m̂/(√v̂ + 1e-8)</source>
        <translation>adam: w ← w − α·m̂/(√v̂ + 1e-8)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="96"/>
        <source>full batch: one update per epoch with ∂E/∂w averaged over all rows (the lecture&apos;s code)</source>
        <translation>toàn bộ mẫu (full batch): mỗi epoch cập nhật một lần với ∂E/∂w lấy trung bình trên mọi hàng (code của bài giảng)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="98"/>
        <source>per sample: one update per row, w ← w − α·∂E_i/∂w (the lecture&apos;s slide)</source>
        <translation>từng mẫu (per sample, SGD): mỗi hàng cập nhật một lần, w ← w − α·∂E_i/∂w (slide của bài giảng)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="100"/>
        <source>mini-batch: one update per group of rows</source>
        <translation>lô nhỏ (mini-batch): mỗi nhóm hàng cập nhật một lần</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="103"/>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="104"/>
        <source>uniform</source>
        <translation>phân phối đều</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="105"/>
        <source>xavier</source>
        <translation>xavier</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="106"/>
        <source>he</source>
        <translation>he</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="107"/>
        <source>zeros</source>
        <translation>toàn số 0</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="223"/>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="249"/>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="225"/>
        <source>Units per hidden layer, e.g. 4 or 4,4. Empty: no hidden layer — the lecture&apos;s single perceptron ŷ = f(w0 + w1·x1 + w2·x2). Press Enter to apply (the model restarts).</source>
        <translation>Số nút mỗi lớp ẩn, ví dụ 4 hoặc 4,4. Để trống: không có lớp ẩn — perceptron đơn của bài giảng ŷ = f(w0 + w1·x1 + w2·x2). Nhấn Enter để áp dụng (mô hình khởi động lại).</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="229"/>
        <source>Activation f of the hidden units: a = f(W·x + b)</source>
        <translation>Hàm kích hoạt f của các nút ẩn: a = f(W·x + b)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="230"/>
        <source>Activation of the output: ŷ = f(W·a + b); the lecture uses σ(z) = 1/(1 + e^−z)</source>
        <translation>Hàm kích hoạt của đầu ra: ŷ = f(W·a + b); bài giảng dùng σ(z) = 1/(1 + e^−z)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="233"/>
        <source>Loss E; mse is the lecture&apos;s {0}</source>
        <translation>Hàm mất mát E; mse là {0} của bài giảng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="236"/>
        <source>Learning rate α in W ← W − α·∂E/∂W (log scale)</source>
        <translation>Tốc độ học α trong W ← W − α·∂E/∂W (thang log)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="238"/>
        <source>Epochs: each is one feed forward and one back propagation over the table</source>
        <translation>Số epoch: mỗi epoch gồm một lần lan truyền thẳng và một lần lan truyền ngược qua bảng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="242"/>
        <source>Rows per mini-batch</source>
        <translation>Số hàng mỗi lô nhỏ (mini-batch)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="245"/>
        <source>Initial weights. auto: uniform [0, 1) for a single perceptron (the lecture&apos;s np.random.rand), Xavier before tanh/sigmoid hidden units, He before ReLU-like ones</source>
        <translation>Trọng số ban đầu. tự động: phân phối đều [0, 1) cho một perceptron đơn (np.random.rand của bài giảng), Xavier trước các nút ẩn tanh/sigmoid, He trước các nút kiểu ReLU</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="247"/>
        <source>Random seed: the same seed gives the same initial weights and the same run. Applies at the next Reset.</source>
        <translation>Hạt giống (seed) ngẫu nhiên: cùng hạt giống cho cùng trọng số ban đầu và cùng một lần chạy. Có hiệu lực từ lần Đặt lại tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="250"/>
        <source>Stop (converged) once the loss E is at or below this</source>
        <translation>Dừng (hội tụ) khi hàm mất mát E bằng hoặc thấp hơn giá trị này</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="255"/>
        <source>Animation speed while training; max runs flat out</source>
        <translation>Tốc độ hoạt ảnh khi huấn luyện; tối đa là chạy hết tốc lực</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="256"/>
        <source>Hidden layers:</source>
        <translation>Lớp ẩn:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="257"/>
        <source>Hidden activation:</source>
        <translation>Kích hoạt lớp ẩn:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="258"/>
        <source>Output activation:</source>
        <translation>Kích hoạt đầu ra:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="259"/>
        <source>Loss:</source>
        <translation>Hàm mất mát:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="259"/>
        <source>Optimizer:</source>
        <translation>Bộ tối ưu:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="260"/>
        <source>Learning rate α:</source>
        <translation>Tốc độ học α:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="260"/>
        <source>Epochs:</source>
        <translation>Số epoch:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="261"/>
        <source>Batch:</source>
        <translation>Cập nhật theo:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="261"/>
        <source>Weight init:</source>
        <translation>Khởi tạo trọng số:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="262"/>
        <source>Seed:</source>
        <translation>Hạt giống (seed):</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="262"/>
        <source>Target loss:</source>
        <translation>Mất mát mục tiêu:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="263"/>
        <source>Speed:</source>
        <translation>Tốc độ chạy:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="285"/>
        <source>max</source>
        <translation>tối đa</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="285"/>
        <source>{0:,g} epochs/s</source>
        <translation>{0:,g} epoch/giây</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="85"/>
        <source>The layer to look into: back propagation goes from the output layer down to the first hidden layer</source>
        <translation>Lớp cần xem: lan truyền ngược đi từ lớp đầu ra xuống lớp ẩn đầu tiên</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="87"/>
        <source>The unit (neuron) of that layer</source>
        <translation>Nút (nơ-ron) của lớp đó</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="88"/>
        <source>Layer:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="89"/>
        <source>Unit:</source>
        <translation>Nút:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="90"/>
        <source>Check gradients</source>
        <translation>Kiểm tra gradient</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="92"/>
        <source>Compare back propagation&apos;s ∂E/∂w with finite differences (E(w + h) − E(w − h)) / 2h, h = 1e-6, for every weight (400 sampled ones in a big model)</source>
        <translation>So sánh ∂E/∂w của lan truyền ngược với sai phân hữu hạn (E(w + h) − E(w − h)) / 2h, h = 1e-6, cho mọi trọng số (400 trọng số lấy mẫu ở mô hình lớn)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="139"/>
        <source>E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]</source>
        <translation>E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="140"/>
        <source>&lt;b&gt;Epoch {0:,}&lt;/b&gt;: the step from the weights of epoch {1:,} to those of epoch {0:,} — feed forward, then back propagation, with {2} over N = {3} target cells and learning rate α = {4:g}.</source>
        <translation>&lt;b&gt;Epoch {0:,}&lt;/b&gt;: bước từ trọng số của epoch {1:,} đến trọng số của epoch {0:,} — lan truyền thẳng, rồi lan truyền ngược, với {2} trên N = {3} ô mục tiêu và tốc độ học α = {4:g}.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="145"/>
        <source>E before = {0:.6g} (epoch {1:,})</source>
        <translation>E trước = {0:.6g} (epoch {1:,})</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="148"/>
        <source>E of the weights this step starts from: the loss chart&apos;s point at epoch {0:,}</source>
        <translation>E của trọng số mà bước này bắt đầu: điểm của đồ thị hàm mất mát tại epoch {0:,}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="149"/>
        <source>E after = {0:.6g} (epoch {1:,})</source>
        <translation>E sau = {0:.6g} (epoch {1:,})</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="152"/>
        <source>E of the weights this step leads to: the loss chart&apos;s point at epoch {0:,}, and the status bar&apos;s loss while that epoch is on show</source>
        <translation>E của trọng số mà bước này dẫn tới: điểm của đồ thị hàm mất mát tại epoch {0:,}, và mất mát trên thanh trạng thái khi epoch đó đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="156"/>
        <source>Not run yet: Step (F10) runs exactly this epoch. {0}</source>
        <translation>Chưa chạy: Bước (F10) sẽ chạy đúng epoch này. {0}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="168"/>
        <source>Gradient check: largest relative error {0:.2e} over {1} weights — {2}</source>
        <translation>Kiểm tra gradient: sai số tương đối lớn nhất {0:.2e} trên {1} trọng số — {2}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="170"/>
        <source>back propagation agrees with finite differences.</source>
        <translation>lan truyền ngược khớp với sai phân hữu hạn.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="171"/>
        <source>they differ (a ReLU kink or a very flat or steep spot can do this).</source>
        <translation>hai cách cho kết quả khác nhau (điểm gãy của ReLU hoặc một chỗ rất phẳng hay rất dốc có thể gây ra điều này).</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="189"/>
        <source>Output layer (ŷ)</source>
        <translation>Lớp đầu ra (ŷ)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="190"/>
        <source>Hidden layer {0}</source>
        <translation>Lớp ẩn {0}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="193"/>
        <source>unit {0}</source>
        <translation>nút {0}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="229"/>
        <source>x0 = 1, the constant input that carries the bias w0</source>
        <translation>x0 = 1, đầu vào hằng mang độ lệch (bias) w0</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="230"/>
        <source>{0}: this row&apos;s input (the previous layer&apos;s output a for a hidden layer)</source>
        <translation>{0}: đầu vào của hàng này (với lớp ẩn: đầu ra a của lớp trước)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="235"/>
        <source>z = w0·x0 + w1·x1 + … (the weighted sum, W·x + b)</source>
        <translation>z = w0·x0 + w1·x1 + … (tổng có trọng số, W·x + b)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="236"/>
        <source>{0} = f(z), the unit&apos;s output (feed forward)</source>
        <translation>{0} = f(z), đầu ra của nút (lan truyền thẳng)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="240"/>
        <source>y: the target (— for don&apos;t care, left out of E)</source>
        <translation>y: mục tiêu (— nếu không quan tâm, không tính vào E)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="241"/>
        <source>ŷ − y: the error; ∂E_i/∂ŷ = ŷ − y because the ½ of E cancels the 2</source>
        <translation>ŷ − y: sai số; ∂E_i/∂ŷ = ŷ − y vì ½ của E triệt tiêu số 2</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="245"/>
        <source>∂E_i/∂a = Σ_j δ_j·w_j: the δ of the layer above, sent back through its weights (the chain rule)</source>
        <translation>∂E_i/∂a = Σ_j δ_j·w_j: δ của lớp phía trên, truyền ngược qua các trọng số của nó (quy tắc chuỗi)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="249"/>
        <source>f&apos;(z), the activation&apos;s derivative; for sigmoid σ&apos;(z) = ŷ(1 − ŷ)</source>
        <translation>f&apos;(z), đạo hàm của hàm kích hoạt; với sigmoid σ&apos;(z) = ŷ(1 − ŷ)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="257"/>
        <source>∂E_i/∂w{0} = δ_i·{1}; for the perceptron (ŷ_i − y_i)·ŷ_i·(1 − ŷ_i)·{1}</source>
        <translation>∂E_i/∂w{0} = δ_i·{1}; với perceptron là (ŷ_i − y_i)·ŷ_i·(1 − ŷ_i)·{1}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="258"/>
        <source>∂E_i/∂w0 = δ_i (x0 = 1)</source>
        <translation>∂E_i/∂w0 = δ_i (x0 = 1)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="265"/>
        <source>δ = ∂E_i/∂z = f&apos;(z)·Σ δ·w (the chain rule)</source>
        <translation>δ = ∂E_i/∂z = f&apos;(z)·Σ δ·w (quy tắc chuỗi)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="267"/>
        <source>δ = ∂E_i/∂z = ŷ − y: with cross-entropy the σ&apos;(z) cancels</source>
        <translation>δ = ∂E_i/∂z = ŷ − y: với cross-entropy, σ&apos;(z) bị triệt tiêu</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="268"/>
        <source>δ = ∂E_i/∂z = (ŷ − y)·f&apos;(z)</source>
        <translation>δ = ∂E_i/∂z = (ŷ − y)·f&apos;(z)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="282"/>
        <source>before</source>
        <translation>trước</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="282"/>
        <source>update</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="282"/>
        <source>after</source>
        <translation>sau</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="283"/>
        <source>The weight at the start of this epoch</source>
        <translation>Trọng số lúc bắt đầu epoch này</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="284"/>
        <source>∂E/∂w = (1/N)·Σ_i ∂E_i/∂w: the rows&apos; terms averaged (batch gradient descent)</source>
        <translation>∂E/∂w = (1/N)·Σ_i ∂E_i/∂w: trung bình các số hạng của các hàng (hạ gradient trên toàn bộ mẫu, batch gradient descent)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="285"/>
        <source>−α·∂E/∂w: the lecture&apos;s step, W ← W − α·∂E/∂W</source>
        <translation>−α·∂E/∂w: bước của bài giảng, W ← W − α·∂E/∂W</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="286"/>
        <source>What the engine changed this weight by (after − before)</source>
        <translation>Lượng mà bộ máy tính đã thay đổi trọng số này (sau − trước)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="287"/>
        <source>The weight the next epoch starts from</source>
        <translation>Trọng số mà epoch tiếp theo bắt đầu từ đó</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="295"/>
        <source>numeric ∂E/∂w</source>
        <translation>∂E/∂w (số)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="296"/>
        <source>(E(w + h) − E(w − h)) / 2h with h = 1e-6: should match ∂E/∂w (— where a big model&apos;s check did not sample this weight)</source>
        <translation>(E(w + h) − E(w − h)) / 2h với h = 1e-6: phải khớp với ∂E/∂w (— ở chỗ lần kiểm tra của mô hình lớn không lấy mẫu trọng số này)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="313"/>
        <source>The loss reached the target here, so the run stopped: no update.</source>
        <translation>Hàm mất mát đã đạt mục tiêu ở đây nên lần chạy dừng lại: không cập nhật.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="315"/>
        <source>This update would make a weight overflow, so the run stopped and kept the weights before it.</source>
        <translation>Lần cập nhật này sẽ làm một trọng số bị tràn số, nên lần chạy dừng lại và giữ các trọng số trước đó.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="318"/>
        <source>This epoch makes {0} updates, one per mini-batch, so the update differs from −α·∂E/∂w of the whole table shown here.</source>
        <translation>Epoch này thực hiện {0} lần cập nhật, mỗi lô nhỏ (mini-batch) một lần, nên phần cập nhật khác với −α·∂E/∂w của cả bảng hiển thị ở đây.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="321"/>
        <source>{0} builds its update from running averages of ∂E/∂w, so it differs from −α·∂E/∂w.</source>
        <translation>{0} tạo phần cập nhật từ trung bình trượt của ∂E/∂w, nên nó khác với −α·∂E/∂w.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="323"/>
        <source>Gradient descent on the full batch: update = −α·∂E/∂w, so after = before − α·∂E/∂w.</source>
        <translation>Hạ gradient (gradient descent) trên toàn bộ mẫu: cập nhật = −α·∂E/∂w, nên sau = trước − α·∂E/∂w.</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="98"/>
        <source>The plane of weight space the loss is drawn over</source>
        <translation>Mặt phẳng trong không gian trọng số mà hàm mất mát được vẽ trên đó</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="104"/>
        <source>Recompute</source>
        <translation>Tính lại</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="105"/>
        <source>Draw the loss again, through the weights on show</source>
        <translation>Vẽ lại hàm mất mát, đi qua các trọng số đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="107"/>
        <source>log₁₀ E</source>
        <translation>log₁₀ E</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="111"/>
        <source>random directions through the weights (filter-normalized)</source>
        <translation>các hướng ngẫu nhiên qua các trọng số (chuẩn hoá theo bộ lọc)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="115"/>
        <source>Plane:</source>
        <translation>Mặt phẳng:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="119"/>
        <source>direction 1</source>
        <translation>hướng 1</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="119"/>
        <source>direction 2</source>
        <translation>hướng 2</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="125"/>
        <source>E on a {0} × {0} grid through the weights of epoch {1:,} ({2:.0f} ms); white: the path of gradient descent, red: the weights on show.</source>
        <translation>E trên lưới {0} × {0} qua các trọng số của epoch {1:,} ({2:.0f} ms); trắng: đường đi của hạ gradient (gradient descent), đỏ: các trọng số đang hiển thị.</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_dock.py" line="89"/>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_dock.py" line="90"/>
        <source>Open &amp;lesson…</source>
        <translation>Mở &amp;bài học…</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_dock.py" line="91"/>
        <source>The lecture&apos;s lesson</source>
        <translation>Bài học của bài giảng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_dock.py" line="97"/>
        <source>Open a lesson</source>
        <translation>Mở một bài học</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_dock.py" line="97"/>
        <source>Lessons (*.md);;All files (*)</source>
        <translation>Bài học (*.md);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_dock.py" line="109"/>
        <source>Cannot open the lesson</source>
        <translation>Không mở được bài học</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_dock.py" line="110"/>
        <source>{0} is not a lesson this app can show:
{1}</source>
        <translation>{0} không phải là bài học mà ứng dụng hiển thị được:
{1}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_dock.py" line="144"/>
        <source>Set up for step {0}: press Train (Space) or Step (F10).</source>
        <translation>Đã thiết lập cho bước {0}: bấm Huấn luyện (Space) hoặc Bước (F10).</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="23"/>
        <source>the {0} table on show</source>
        <translation>bảng {0} đang hiện</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="24"/>
        <source>hidden layers: {0}</source>
        <translation>các lớp ẩn: {0}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="25"/>
        <source>at least {0} hidden units</source>
        <translation>ít nhất {0} nút ẩn</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="26"/>
        <source>hidden activation {0}</source>
        <translation>kích hoạt lớp ẩn {0}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="27"/>
        <source>output activation {0}</source>
        <translation>kích hoạt đầu ra {0}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="28"/>
        <source>at least {0:,} epochs trained</source>
        <translation>đã huấn luyện ít nhất {0:,} epoch</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="29"/>
        <source>at most {0:,} epochs trained</source>
        <translation>đã huấn luyện nhiều nhất {0:,} epoch</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="30"/>
        <source>learning rate α ≥ {0:g}</source>
        <translation>tốc độ học α ≥ {0:g}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="31"/>
        <source>learning rate α ≤ {0:g}</source>
        <translation>tốc độ học α ≤ {0:g}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="32"/>
        <source>loss E ≤ {0:g}</source>
        <translation>hàm mất mát E ≤ {0:g}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="33"/>
        <source>every output within 0.05 of {0:g}</source>
        <translation>mọi đầu ra cách {0:g} không quá 0.05</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="36"/>
        <source>every row right</source>
        <translation>mọi hàng đều đúng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="37"/>
        <source>not every row right</source>
        <translation>không phải mọi hàng đều đúng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="38"/>
        <source>no training: the weights set by hand</source>
        <translation>không huấn luyện: trọng số tự tay đặt</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="39"/>
        <source>at least one epoch trained</source>
        <translation>đã huấn luyện ít nhất một epoch</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="40"/>
        <source>no hidden layer</source>
        <translation>không có lớp ẩn</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="99"/>
        <source>Back</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="100"/>
        <source>The step before</source>
        <translation>Bước trước</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="101"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="102"/>
        <source>The next step</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="103"/>
        <source>Set up</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="105"/>
        <source>Put the window in the state this step needs: its table, hyperparameters and views (a new model: the run on show is set aside)</source>
        <translation>Đưa cửa sổ về trạng thái bước này cần: bảng chân trị, siêu tham số và các khung nhìn (một mô hình mới: lần chạy đang hiện được gác lại)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="107"/>
        <source>Turns to ✓ when your own run shows what this step expects</source>
        <translation>Chuyển thành ✓ khi chính lần chạy của bạn cho thấy điều bước này mong đợi</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="145"/>
        <source>Step {0} of {1}</source>
        <translation>Bước {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="159"/>
        <source>Done: your run shows it.</source>
        <translation>Đạt: lần chạy của bạn cho thấy điều đó.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/lesson_view.py" line="162"/>
        <source>Not yet: {0}.</source>
        <translation>Chưa đạt: {0}.</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="61"/>
        <source>loss E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="62"/>
        <source>accuracy</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="63"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="64"/>
        <source>log scale</source>
        <translation>thang log</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="65"/>
        <source>Show the loss on a logarithmic axis</source>
        <translation>Hiển thị hàm mất mát trên trục logarit</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="67"/>
        <source>Accuracy: the share of target cells that are right. For a target of 0 or 1, right is |ŷ − y| &lt; {0:g}: an output of 0.500 is undecided, not right, so a single perceptron on XOR scores 0 %, not 50 %. For a target between 0 and 1, right is |ŷ − y| &lt; {1:g}.</source>
        <translation>Độ chính xác: tỉ lệ ô mục tiêu đúng. Với mục tiêu 0 hoặc 1, đúng là |ŷ − y| &lt; {0:g}: đầu ra 0.500 là chưa quyết định, không phải đúng, nên một perceptron đơn trên XOR đạt 0 %, không phải 50 %. Với mục tiêu nằm giữa 0 và 1, đúng là |ŷ − y| &lt; {1:g}.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="75"/>
        <source>{0}, the ½ included</source>
        <translation>{0}, có cả ½</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="76"/>
        <source>binary cross-entropy E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]</source>
        <translation>cross-entropy nhị phân E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="77"/>
        <source>Loss per epoch: {0}</source>
        <translation>Hàm mất mát theo epoch: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="279"/>
        <source>Train</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="283"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="283"/>
        <source>Run exactly one epoch (F10)</source>
        <translation>Chạy đúng một epoch (F10)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="284"/>
        <location filename="../../perceptron_gui/ui/main_window.py" line="310"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="290"/>
        <source>Pause or resume training (Space)</source>
        <translation>Tạm dừng hoặc tiếp tục huấn luyện (Space)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="291"/>
        <source>Truth table (click an output to flip it)</source>
        <translation>Bảng chân trị (nhấp vào một đầu ra để đảo giá trị)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="292"/>
        <source>Hyperparameters</source>
        <translation>Siêu tham số</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="294"/>
        <source>Backprop inspector</source>
        <translation>Trình soi lan truyền ngược</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="294"/>
        <source>Network diagram</source>
        <translation>Sơ đồ mạng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="295"/>
        <source>Weights per epoch</source>
        <translation>Trọng số theo epoch</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="295"/>
        <source>Loss landscape</source>
        <translation>Bề mặt hàm mất mát</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="296"/>
        <source>Activation functions</source>
        <translation>Các hàm kích hoạt</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="300"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="300"/>
        <source>&amp;Training</source>
        <translation>&amp;Huấn luyện</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="300"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="301"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="304"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="306"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="306"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="306"/>
        <source>Save &amp;as…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="307"/>
        <source>&amp;Export weights…</source>
        <translation>&amp;Xuất trọng số…</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="307"/>
        <source>&amp;Import truth table (CSV)…</source>
        <translation>&amp;Nhập bảng chân trị (CSV)…</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="308"/>
        <source>Export &amp;truth table (CSV)…</source>
        <translation>Xuất &amp;bảng chân trị (CSV)…</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="308"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="309"/>
        <source>Train / pause</source>
        <translation>Huấn luyện / tạm dừng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="309"/>
        <source>Step one epoch</source>
        <translation>Chạy một bước (một epoch)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="310"/>
        <source>Check gradients</source>
        <translation>Kiểm tra gradient</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="311"/>
        <source>Explore hyperparameters…</source>
        <translation>Khám phá siêu tham số…</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="317"/>
        <source>The language of the interface</source>
        <translation>Ngôn ngữ của giao diện</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="280"/>
        <source>Train: feed forward and back propagation, epoch after epoch (Space). After a finished run, Train runs it again from the same start: the seed&apos;s initial weights, or an opened file&apos;s weights and epoch count.</source>
        <translation>Huấn luyện: lan truyền thẳng và lan truyền ngược, hết epoch này đến epoch khác (Space). Sau một lần chạy đã kết thúc, Huấn luyện chạy lại từ cùng điểm xuất phát: trọng số ban đầu từ hạt giống, hoặc trọng số và số epoch của tệp đã mở.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="285"/>
        <source>New initial weights from the seed (Ctrl+R), also for a model opened from a file: Train then starts from them</source>
        <translation>Trọng số ban đầu mới từ hạt giống (Ctrl+R), kể cả với mô hình mở từ tệp: Huấn luyện sau đó bắt đầu từ chúng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="311"/>
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="312"/>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="312"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>&amp;Kích thước thật (100 %)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="313"/>
        <source>&amp;Full screen</source>
        <translation>Toàn &amp;màn hình</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="353"/>
        <source>This run has ended: press Train to run it again from its start, Reset (Ctrl+R) for new weights from the seed, or raise Epochs to go on.</source>
        <translation>Lần chạy này đã kết thúc: nhấn Huấn luyện để chạy lại từ điểm xuất phát, Đặt lại (Ctrl+R) để có trọng số mới từ hạt giống, hoặc tăng Số epoch để chạy tiếp.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="376"/>
        <source>Gradient check: largest relative error {0:.2e}.</source>
        <translation>Kiểm tra gradient: sai số tương đối lớn nhất {0:.2e}.</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="200"/>
        <source>positive weight</source>
        <translation>trọng số dương</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="200"/>
        <source>negative weight</source>
        <translation>trọng số âm</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="201"/>
        <source>wider: a larger |w|</source>
        <translation>nét dày hơn: |w| lớn hơn</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="312"/>
        <source>{0}: its output over {1} (blue low, red high)</source>
        <translation>{0}: đầu ra của nút trên {1} (xanh dương: thấp, đỏ: cao)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="315"/>
        <source>
A dead ReLU unit: z ≤ 0 on every row, so f&apos;(z) = 0 and no gradient reaches it — it cannot learn any more.</source>
        <translation>
Một nút ReLU chết: z ≤ 0 trên mọi hàng, nên f&apos;(z) = 0 và không có gradient nào đến được nút này — nó không thể học thêm nữa.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="324"/>
        <source>{0} = {1:.6g}  ({2} → {3})</source>
        <translation>{0} = {1:.6g}  ({2} → {3})</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="326"/>
        <source>Double-click to type a new value</source>
        <translation>Nhấp đúp để gõ giá trị mới</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="338"/>
        <source>Set a weight by hand</source>
        <translation>Tự tay đặt một trọng số</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="339"/>
        <source>{0} ({1} → {2}):</source>
        <translation>{0} ({1} → {2}):</translation>
    </message>
</context>
<context>
    <name>PredictionModel</name>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="201"/>
        <source>ŷ = {0:.6f} (don&apos;t care: not counted)</source>
        <translation>ŷ = {0:.6f} (không quan tâm: không được tính)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="202"/>
        <source>right</source>
        <translation>đúng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="202"/>
        <source>wrong</source>
        <translation>sai</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="204"/>
        <source>right means ŷ is on the target&apos;s side of 0.5, by {0:g} at least</source>
        <translation>đúng nghĩa là ŷ nằm cùng phía của 0.5 với mục tiêu, cách ít nhất {0:g}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="207"/>
        <source>a target between 0 and 1 is right when ŷ is within {0:g} of it</source>
        <translation>mục tiêu nằm giữa 0 và 1 là đúng khi ŷ cách nó dưới {0:g}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="209"/>
        <source>ŷ = {0:.6f}, expected {1:g}: {2} ({3})</source>
        <translation>ŷ = {0:.6f}, mong đợi {1:g}: {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="213"/>
        <source>ŷ {0}</source>
        <translation>ŷ {0}</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="31"/>
        <source>epoch {0:,}</source>
        <translation>epoch {0:,}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="32"/>
        <source>loss {0:.6g}</source>
        <translation>mất mát {0:.6g}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="33"/>
        <source>{0:,.0f} epochs/s</source>
        <translation>{0:,.0f} epoch/giây</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="37"/>
        <source>Converged after {0:,} epochs: loss {1:.3g} reached the target.</source>
        <translation>Đã hội tụ sau {0:,} epoch: mất mát {1:.3g} đã đạt mục tiêu.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="38"/>
        <source>Done: {0:,} epochs run, loss {1:.3g}.</source>
        <translation>Xong: đã chạy {0:,} epoch, mất mát {1:.3g}.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="39"/>
        <source>Diverged at epoch {0:,}: a loss or weight stopped being a finite number. The last finite weights are kept; try a smaller learning rate.</source>
        <translation>Phân kỳ tại epoch {0:,}: giá trị mất mát hoặc một trọng số không còn là số hữu hạn. Các trọng số hữu hạn cuối cùng được giữ lại; hãy thử tốc độ học nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="46"/>
        <source>Training…</source>
        <translation>Đang huấn luyện…</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="48"/>
        <source>Paused at epoch {0:,}.</source>
        <translation>Đã tạm dừng tại epoch {0:,}.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="50"/>
        <source>Ready: press Train (Space).</source>
        <translation>Sẵn sàng: nhấn Huấn luyện (Space).</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="58"/>
        <source>The loss has stopped falling: {0} is not linearly separable, so no single perceptron can learn it. Add a hidden layer.</source>
        <translation>Hàm mất mát đã ngừng giảm: {0} không tách được tuyến tính, nên không perceptron đơn nào học được. Hãy thêm một lớp ẩn.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="71"/>
        <source>A dead ReLU unit: {0} — z ≤ 0 on every row, so no gradient reaches it. A smaller learning rate or leaky ReLU avoids this.</source>
        <translation>Một nút ReLU chết: {0} — z ≤ 0 trên mọi hàng, nên không có gradient nào đến được nút này. Tốc độ học nhỏ hơn hoặc leaky ReLU sẽ tránh được điều này.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="73"/>
        <source>{0} dead ReLU units: {1} — z ≤ 0 on every row, so no gradient reaches them. A smaller learning rate or leaky ReLU avoids this.</source>
        <translation>{0} nút ReLU chết: {1} — z ≤ 0 trên mọi hàng, nên không có gradient nào đến được các nút này. Tốc độ học nhỏ hơn hoặc leaky ReLU sẽ tránh được điều này.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="79"/>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="79"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/run_status.py" line="83"/>
        <source>Training is off: the training process cannot start ({0}).</source>
        <translation>Huấn luyện đang tắt: tiến trình huấn luyện không khởi động được ({0}).</translation>
    </message>
</context>
<context>
    <name>SeparabilityAdvisor</name>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="30"/>
        <source>A single perceptron draws one straight line (a plane) between the rows it answers 1 and those it answers 0. A linear program checks exactly whether such a line exists.</source>
        <translation>Một perceptron đơn vẽ một đường thẳng (một mặt phẳng) giữa các hàng nó trả lời 1 và các hàng nó trả lời 0. Một bài toán quy hoạch tuyến tính kiểm tra chính xác xem có tồn tại đường thẳng như vậy hay không.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="32"/>
        <source>Add a hidden layer</source>
        <translation>Thêm một lớp ẩn</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="33"/>
        <source>Give the network a hidden layer of 4 units, then train again</source>
        <translation>Thêm cho mạng một lớp ẩn 4 nút, rồi huấn luyện lại</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="47"/>
        <source>✔ {0}: linearly separable — a single perceptron can learn this.</source>
        <translation>✔ {0}: tách được tuyến tính — một perceptron đơn có thể học được.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="50"/>
        <source>✘ {0}: not linearly separable — beyond a single perceptron, so this network&apos;s hidden layer is needed.</source>
        <translation>✘ {0}: không tách được tuyến tính — vượt quá khả năng của một perceptron đơn, nên mạng này cần lớp ẩn.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="53"/>
        <source>✘ {0}: not linearly separable — needs a hidden layer.</source>
        <translation>✘ {0}: không tách được tuyến tính — cần một lớp ẩn.</translation>
    </message>
</context>
<context>
    <name>SessionViews</name>
    <message>
        <location filename="../../perceptron_gui/ui/session_views.py" line="74"/>
        <source>Showing epoch {0:,} of {1:,} (loss {2:.6g}). Press Live, Train or Step to go back to the latest.</source>
        <translation>Đang hiển thị epoch {0:,} / {1:,} (mất mát {2:.6g}). Nhấn Trực tiếp, Huấn luyện hoặc Bước để quay về epoch mới nhất.</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="76"/>
        <source>the “{0}” display has no OpenGL</source>
        <translation>màn hình “{0}” không có OpenGL</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="80"/>
        <source>the application did not share OpenGL contexts (Qt.AA_ShareOpenGLContexts)</source>
        <translation>ứng dụng không chia sẻ ngữ cảnh OpenGL (Qt.AA_ShareOpenGLContexts)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="88"/>
        <source>no OpenGL context could be created</source>
        <translation>không tạo được ngữ cảnh OpenGL nào</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="95"/>
        <source>OpenGL {0}.{1} is too old (2.1 needed)</source>
        <translation>OpenGL {0}.{1} quá cũ (cần 2.1)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="228"/>
        <source>3D surface</source>
        <translation>Bề mặt 3D</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="231"/>
        <source>The network&apos;s output ŷ as a height over two inputs in [0, 1], coloured blue (0) to red (1) as in the lecture. Dots are the truth table&apos;s targets; a line joins each to the surface, the error. Drag to turn, scroll to zoom.</source>
        <translation>Đầu ra ŷ của mạng dưới dạng độ cao trên hai đầu vào trong [0, 1], tô màu từ xanh dương (0) đến đỏ (1) như trong bài giảng. Các chấm là giá trị mục tiêu của bảng chân trị; đoạn thẳng nối mỗi chấm với bề mặt là sai số. Kéo để xoay, cuộn để phóng to/thu nhỏ.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="237"/>
        <source>the OpenGL module could not load ({0})</source>
        <translation>không tải được mô-đun OpenGL ({0})</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="241"/>
        <source>3D view unavailable: {0}. The 2D decision map shows the same output from above.</source>
        <translation>Không có chế độ xem 3D: {0}. Bản đồ quyết định 2D hiển thị cùng đầu ra đó nhìn từ trên xuống.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="245"/>
        <source>2D decision map</source>
        <translation>Bản đồ quyết định 2D</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="248"/>
        <source>The same output seen from above: colour is ŷ (blue 0, red 1) and the black line is ŷ = 0.5, the decision boundary. Dots are the truth table&apos;s rows, filled with the target&apos;s colour; hollow grey means “don&apos;t care”.</source>
        <translation>Cùng đầu ra đó nhìn từ trên xuống: màu là ŷ (xanh dương 0, đỏ 1) và đường màu đen là ŷ = 0.5, ranh giới quyết định. Các chấm là các hàng của bảng chân trị, tô màu của mục tiêu; chấm rỗng màu xám nghĩa là “không quan tâm”.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="253"/>
        <source>Points per side of the grid ŷ is computed on (the lecture uses 20)</source>
        <translation>Số điểm mỗi cạnh của lưới dùng để tính ŷ (bài giảng dùng 20)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="255"/>
        <source>Which output of the network to plot</source>
        <translation>Đầu ra nào của mạng sẽ được vẽ</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="256"/>
        <source>Input along the horizontal x axis</source>
        <translation>Đầu vào theo trục x nằm ngang</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="257"/>
        <source>Input along the y axis</source>
        <translation>Đầu vào theo trục y</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="258"/>
        <source>Grid:</source>
        <translation>Lưới:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="259"/>
        <source>Output:</source>
        <translation>Đầu ra:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="260"/>
        <source>x axis:</source>
        <translation>Trục x:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="261"/>
        <source>y axis:</source>
        <translation>Trục y:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="262"/>
        <source>Other inputs held at:</source>
        <translation>Giữ các đầu vào khác tại:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="467"/>
        <source>Value of {0} while the plot sweeps the two axes; the dots show the table rows whose {0} is the nearest 0 or 1</source>
        <translation>Giá trị của {0} trong khi đồ thị quét hai trục; các chấm là các hàng của bảng có {0} bằng 0 hoặc 1, tuỳ giá trị nào gần hơn</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="557"/>
        <source>Output “{0}”: ŷ over {1}</source>
        <translation>Đầu ra “{0}”: ŷ trên {1}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="564"/>
        <source>{0} (with {1})</source>
        <translation>{0} (với {1})</translation>
    </message>
</context>
<context>
    <name>SweepExplorer</name>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="110"/>
        <source>learning rate</source>
        <translation>tốc độ học</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="110"/>
        <source>seed</source>
        <translation>hạt giống</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="111"/>
        <source>hidden layers</source>
        <translation>lớp ẩn</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="111"/>
        <source>hidden activation</source>
        <translation>kích hoạt lớp ẩn</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="112"/>
        <source>optimizer</source>
        <translation>bộ tối ưu</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="117"/>
        <source>START:STOP:COUNT, log-spaced (0.01:10:25), or values (0.1, 1, 10)</source>
        <translation>ĐẦU:CUỐI:SỐ, cách đều theo thang log (0.01:10:25), hoặc các giá trị (0.1, 1, 10)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="118"/>
        <source>a count N for seeds 0…N−1 (20), or seeds (0, 7, 42)</source>
        <translation>một số N cho các hạt giống 0…N−1 (20), hoặc các hạt giống (0, 7, 42)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="119"/>
        <source>layer lists separated by ; (none; 2; 4; 4,4)</source>
        <translation>các danh sách lớp cách nhau bởi ; (none; 2; 4; 4,4)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="120"/>
        <source>names (tanh, sigmoid, relu)</source>
        <translation>các tên (tanh, sigmoid, relu)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="121"/>
        <source>names (gd, momentum, adam)</source>
        <translation>các tên (gd, momentum, adam)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="126"/>
        <source>Hyperparameter explorer</source>
        <translation>Khám phá siêu tham số</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="133"/>
        <source>x axis:</source>
        <translation>Trục x:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="134"/>
        <source>y axis:</source>
        <translation>Trục y:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="135"/>
        <source>Epochs:</source>
        <translation>Số epoch:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="136"/>
        <source>Success: loss ≤</source>
        <translation>Thành công: mất mát ≤</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="137"/>
        <source>Epochs each model trains (full batch)</source>
        <translation>Số epoch mỗi mô hình được huấn luyện (toàn bộ mẫu)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="138"/>
        <source>A model succeeds when its final loss is at most this and it did not diverge; epochs to converge count up to the first loss ≤ it</source>
        <translation>Một mô hình thành công khi mất mát cuối cùng không vượt quá giá trị này và nó không phân kỳ; số epoch để hội tụ được đếm đến lần đầu tiên mất mát ≤ giá trị này</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="140"/>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="141"/>
        <source>Train every cell of the grid on the window&apos;s truth table, with the window&apos;s other settings</source>
        <translation>Huấn luyện mọi ô của lưới trên bảng chân trị của cửa sổ chính, với các thiết lập khác của cửa sổ chính</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="143"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="144"/>
        <source>Final loss (log₁₀) — click a cell to load it</source>
        <translation>Mất mát cuối (log₁₀) — nhấp vào một ô để nạp mô hình</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="145"/>
        <source>Success rate</source>
        <translation>Tỉ lệ thành công</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="146"/>
        <source>Median epochs to the threshold</source>
        <translation>Trung vị số epoch đến ngưỡng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="147"/>
        <source>Loss curves: median and 10–90 % band</source>
        <translation>Đường mất mát: trung vị và dải 10–90 %</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="148"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="149"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="150"/>
        <source>Export heat map PNG…</source>
        <translation>Xuất bản đồ nhiệt PNG…</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="151"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="236"/>
        <source>Export sweep results</source>
        <translation>Xuất kết quả quét</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="237"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="238"/>
        <source>Export heat map</source>
        <translation>Xuất bản đồ nhiệt</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="239"/>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="268"/>
        <source>Cannot run: {0}</source>
        <translation>Không chạy được: {0}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="271"/>
        <source>Training {0:,} models × {1:,} epochs…</source>
        <translation>Đang huấn luyện {0:,} mô hình × {1:,} epoch…</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="314"/>
        <source>Cancelled.</source>
        <translation>Đã huỷ.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="348"/>
        <source>{0:,} of {1:,} models reached loss ≤ {2:g}; {3:,} diverged (red ×). Click a cell to load that model into the window.</source>
        <translation>{0:,} trên {1:,} mô hình đạt mất mát ≤ {2:g}; {3:,} mô hình phân kỳ (× đỏ). Nhấp vào một ô để nạp mô hình đó vào cửa sổ chính.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="384"/>
        <source>Loaded {0} = {1}, {2} = {3} into the window: press Train to run it again (final loss here {4:.6g}).</source>
        <translation>Đã nạp {0} = {1}, {2} = {3} vào cửa sổ chính: nhấn Huấn luyện để chạy lại (mất mát cuối ở đây là {4:.6g}).</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="396"/>
        <source>Cannot save {0}: {1}</source>
        <translation>Không lưu được {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="398"/>
        <source>Saved {0}.</source>
        <translation>Đã lưu {0}.</translation>
    </message>
</context>
<context>
    <name>TargetTableView</name>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="272"/>
        <source>Set to 0</source>
        <translation>Đặt thành 0</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="273"/>
        <source>Set to 1</source>
        <translation>Đặt thành 1</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="274"/>
        <source>Don&apos;t care (*)</source>
        <translation>Không quan tâm (*)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="275"/>
        <source>Type a value…</source>
        <translation>Nhập giá trị…</translation>
    </message>
</context>
<context>
    <name>TrainingGuard</name>
    <message>
        <location filename="../../perceptron_gui/ui/training_guard.py" line="40"/>
        <source>Training cannot start</source>
        <translation>Không thể bắt đầu huấn luyện</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/training_guard.py" line="41"/>
        <source>The training process ended as it started, twice, so it is not started again: {0}. Training is off; the table, the files and the views still work. Reinstalling the program may help.</source>
        <translation>Tiến trình huấn luyện đã dừng ngay khi khởi động, hai lần liên tiếp, nên không được khởi động lại nữa: {0}. Huấn luyện đang tắt; bảng chân trị, các tệp và các khung nhìn vẫn dùng được. Cài đặt lại chương trình có thể khắc phục.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/training_guard.py" line="49"/>
        <source>Training stopped</source>
        <translation>Huấn luyện đã dừng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/training_guard.py" line="50"/>
        <source>Training failed, so the model was started again from its seed.</source>
        <translation>Huấn luyện thất bại, nên mô hình đã được khởi động lại từ hạt giống của nó.</translation>
    </message>
</context>
<context>
    <name>TruthTableEditor</name>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="61"/>
        <source>AND</source>
        <translation>AND</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="62"/>
        <source>OR</source>
        <translation>OR</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="63"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="64"/>
        <source>NAND</source>
        <translation>NAND</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="65"/>
        <source>NOR</source>
        <translation>NOR</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="66"/>
        <source>XNOR</source>
        <translation>XNOR</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="67"/>
        <source>Majority (3)</source>
        <translation>Đa số (3)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="68"/>
        <source>Parity (3)</source>
        <translation>Chẵn lẻ (3)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="69"/>
        <source>Half adder</source>
        <translation>Bộ cộng bán phần</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="70"/>
        <source>Full adder</source>
        <translation>Bộ cộng toàn phần</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="346"/>
        <source>Custom</source>
        <translation>Tuỳ chỉnh</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="348"/>
        <source>Load a ready-made truth table</source>
        <translation>Nạp một bảng chân trị có sẵn</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="349"/>
        <source>Number of inputs (rows = 2^inputs)</source>
        <translation>Số đầu vào (số hàng = 2^số đầu vào)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="350"/>
        <source>Number of outputs</source>
        <translation>Số đầu ra</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="351"/>
        <source>The network&apos;s output ŷ for each row: green when right, red when wrong</source>
        <translation>Đầu ra ŷ của mạng cho từng hàng: xanh lá khi đúng, đỏ khi sai</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="353"/>
        <source>Preset:</source>
        <translation>Mẫu có sẵn:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="354"/>
        <source>Inputs:</source>
        <translation>Đầu vào:</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="355"/>
        <source>Outputs:</source>
        <translation>Đầu ra:</translation>
    </message>
</context>
<context>
    <name>TruthTableModel</name>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="130"/>
        <source>Click: flip 0 ↔ 1 · Double click: type a value in [0, 1] · * or Delete: don&apos;t care (left out of loss and accuracy)</source>
        <translation>Nhấp: đảo 0 ↔ 1 · Nhấp đúp: nhập một giá trị trong [0, 1] · * hoặc Delete: không quan tâm (không tính vào hàm mất mát và độ chính xác)</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../perceptron_gui/ui/weights_view.py" line="59"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/weights_view.py" line="60"/>
        <source>weight value</source>
        <translation>giá trị trọng số</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/weights_view.py" line="71"/>
        <source>layer {0} ({1} weights)</source>
        <translation>lớp {0} ({1} trọng số)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/weights_view.py" line="77"/>
        <source>Each weight at the epochs the run&apos;s timeline kept ({0} points).</source>
        <translation>Từng trọng số tại các epoch mà dòng thời gian của lần chạy lưu lại ({0} điểm).</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/weights_view.py" line="80"/>
        <source>{0:,} weights, one colour per layer.</source>
        <translation>{0:,} trọng số, mỗi lớp một màu.</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="45"/>
        <source>Cannot open file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="51"/>
        <source>Opened {0}: {1:,} epochs trained, ready to predict or train on.</source>
        <translation>Đã mở {0}: đã huấn luyện {1:,} epoch, sẵn sàng để dự đoán hoặc huấn luyện tiếp.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="57"/>
        <source>Open weights</source>
        <translation>Mở trọng số</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="70"/>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="76"/>
        <source>Export weights</source>
        <translation>Xuất trọng số</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="84"/>
        <location filename="../../perceptron_gui/ui/window_files.py" line="112"/>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="86"/>
        <source>Saved {0}.</source>
        <translation>Đã lưu {0}.</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="92"/>
        <source>Import truth table</source>
        <translation>Nhập bảng chân trị</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="100"/>
        <source>Cannot import table</source>
        <translation>Không nhập được bảng</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="107"/>
        <source>Export truth table</source>
        <translation>Xuất bảng chân trị</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="116"/>
        <source>Perceptron GUI weights (*.json);;All files (*)</source>
        <translation>Trọng số Perceptron GUI (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/window_files.py" line="119"/>
        <source>CSV truth table (*.csv);;All files (*)</source>
        <translation>Bảng chân trị CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>WindowZoom</name>
    <message>
        <location filename="../../perceptron_gui/ui/window_zoom.py" line="43"/>
        <source>Zoom: {0} % (80–250 %)</source>
        <translation>Thu phóng: {0} % (80–250 %)</translation>
    </message>
</context>
</TS>
