<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>EpochScrubber</name>
    <message>
        <location filename="../../perceptron_gui/ui/epoch_scrubber.py" line="41"/>
        <source>Go back to an earlier epoch of the run: the surface, the predictions, the diagram and the inspector show that epoch (← → one epoch, Page Up/Down a tenth of the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/epoch_scrubber.py" line="44"/>
        <source>The epoch on show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/epoch_scrubber.py" line="45"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/epoch_scrubber.py" line="46"/>
        <source>Show the latest epoch again and follow training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/epoch_scrubber.py" line="47"/>
        <source>Epoch:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="44"/>
        <source>σ(z) = 1/(1 + e^−z),  σ&apos;(z) = σ(z)(1 − σ(z))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="45"/>
        <source>tanh(z),  tanh&apos;(z) = 1 − tanh²(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="46"/>
        <source>max(0, z),  f&apos;(z) = 1 if z &gt; 0 else 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="47"/>
        <source>max(0.1z, z),  f&apos;(z) = 1 if z &gt; 0 else 0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="48"/>
        <source>z if z ≥ 0 else α(e^z − 1),  f&apos;(z) = 1 if z ≥ 0 else f(z) + α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="49"/>
        <source>max_k(W_k·x + b_k),  ∂/∂W_k = x for the winning piece k, 0 for the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="51"/>
        <source>f(z) = z,  f&apos;(z) = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="54"/>
        <source>E = (1/N)·½·Σ(ŷ − y)²,  ∂E/∂ŷ = (ŷ − y)/N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="55"/>
        <source>E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)],  ∂E/∂z = (ŷ − y)/N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HyperparameterPanel</name>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="59"/>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="60"/>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="61"/>
        <source>relu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="62"/>
        <source>leaky_relu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="63"/>
        <source>elu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="64"/>
        <source>maxout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="65"/>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="68"/>
        <source>mse (½ included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="69"/>
        <source>binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="72"/>
        <source>gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="73"/>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="74"/>
        <source>adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="77"/>
        <source>full batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="78"/>
        <source>per sample (SGD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="79"/>
        <source>mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="82"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="83"/>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="84"/>
        <source>xavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="85"/>
        <source>he</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="86"/>
        <source>zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="202"/>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="233"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="204"/>
        <source>Units per hidden layer, e.g. 4 or 4,4. Empty: no hidden layer — the lecture&apos;s single perceptron ŷ = f(w0 + w1·x1 + w2·x2). Press Enter to apply (the model restarts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="208"/>
        <source>Activation f of the hidden units: a = f(W·x + b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="209"/>
        <source>Activation of the output: ŷ = f(W·a + b); the lecture uses σ(z) = 1/(1 + e^−z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="212"/>
        <source>Loss E; mse is the lecture&apos;s E = (1/N)·½·Σ(ŷ − y)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="215"/>
        <source>gradient descent: w ← w − α·∂E/∂w
momentum: v ← 0.9·v + g, w ← w − α·v
adam: w ← w − α·m̂/(√v̂ + 1e-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="217"/>
        <source>Learning rate α in W ← W − α·∂E/∂W (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="219"/>
        <source>Epochs: each is one feed forward and one back propagation over the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="223"/>
        <source>full batch: one update per epoch with ∂E/∂w averaged over all rows (the lecture&apos;s code)
per sample: one update per row, w ← w − α·∂E_i/∂w (the lecture&apos;s slide)
mini-batch: one update per group of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="226"/>
        <source>Rows per mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="229"/>
        <source>Initial weights. auto: uniform [0, 1) for a single perceptron (the lecture&apos;s np.random.rand), Xavier before tanh/sigmoid hidden units, He before ReLU-like ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="231"/>
        <source>Random seed: the same seed gives the same initial weights and the same run. Applies at the next Reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="234"/>
        <source>Stop (converged) once the loss E is at or below this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="239"/>
        <source>Animation speed while training; max runs flat out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="240"/>
        <source>Hidden layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="241"/>
        <source>Hidden activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="242"/>
        <source>Output activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="243"/>
        <source>Loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="243"/>
        <source>Optimizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="244"/>
        <source>Learning rate α:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="244"/>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="245"/>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="245"/>
        <source>Weight init:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="246"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="246"/>
        <source>Target loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="247"/>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="264"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/hyperparameter_panel.py" line="264"/>
        <source>{0:,g} epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="75"/>
        <source>The layer to look into: back propagation goes from the output layer down to the first hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="77"/>
        <source>The unit (neuron) of that layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="78"/>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="79"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="80"/>
        <source>Check gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="82"/>
        <source>Compare back propagation&apos;s ∂E/∂w with finite differences (E(w + h) − E(w − h)) / 2h, h = 1e-6, for every weight (400 sampled ones in a big model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="120"/>
        <source>E = (1/N)·½·Σ(ŷ − y)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="121"/>
        <source>E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="122"/>
        <source>&lt;b&gt;Epoch {0:,}&lt;/b&gt; (from the weights of epoch {1:,} to those of epoch {0:,}): feed forward, then back propagation. {2} = {3:.6g} over N = {4} target cells; learning rate α = {5:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="129"/>
        <source>Not run yet: Step (F10) runs exactly this epoch. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="141"/>
        <source>Gradient check: largest relative error {0:.2e} over {1} weights — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="143"/>
        <source>back propagation agrees with finite differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="144"/>
        <source>they differ (a ReLU kink or a very flat or steep spot can do this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="162"/>
        <source>Output layer (ŷ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="163"/>
        <source>Hidden layer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="166"/>
        <source>unit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="202"/>
        <source>x0 = 1, the constant input that carries the bias w0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="203"/>
        <source>{0}: this row&apos;s input (the previous layer&apos;s output a for a hidden layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="208"/>
        <source>z = w0·x0 + w1·x1 + … (the weighted sum, W·x + b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="209"/>
        <source>{0} = f(z), the unit&apos;s output (feed forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="213"/>
        <source>y: the target (— for don&apos;t care, left out of E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="214"/>
        <source>ŷ − y: the error; ∂E_i/∂ŷ = ŷ − y because the ½ of E cancels the 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="218"/>
        <source>∂E_i/∂a = Σ_j δ_j·w_j: the δ of the layer above, sent back through its weights (the chain rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="222"/>
        <source>f&apos;(z), the activation&apos;s derivative; for sigmoid σ&apos;(z) = ŷ(1 − ŷ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="230"/>
        <source>∂E_i/∂w{0} = δ_i·{1}; for the perceptron (ŷ_i − y_i)·ŷ_i·(1 − ŷ_i)·{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="231"/>
        <source>∂E_i/∂w0 = δ_i (x0 = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="238"/>
        <source>δ = ∂E_i/∂z = f&apos;(z)·Σ δ·w (the chain rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="240"/>
        <source>δ = ∂E_i/∂z = ŷ − y: with cross-entropy the σ&apos;(z) cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="241"/>
        <source>δ = ∂E_i/∂z = (ŷ − y)·f&apos;(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="255"/>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="255"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="255"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="256"/>
        <source>The weight at the start of this epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="257"/>
        <source>∂E/∂w = (1/N)·Σ_i ∂E_i/∂w: the rows&apos; terms averaged (batch gradient descent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="258"/>
        <source>−α·∂E/∂w: the lecture&apos;s step, W ← W − α·∂E/∂W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="259"/>
        <source>What the engine changed this weight by (after − before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="260"/>
        <source>The weight the next epoch starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="268"/>
        <source>numeric ∂E/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="269"/>
        <source>(E(w + h) − E(w − h)) / 2h with h = 1e-6: should match ∂E/∂w (— where a big model&apos;s check did not sample this weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="286"/>
        <source>The loss reached the target here, so the run stopped: no update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="288"/>
        <source>This update would make a weight overflow, so the run stopped and kept the weights before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="291"/>
        <source>This epoch makes {0} updates, one per mini-batch, so the update differs from −α·∂E/∂w of the whole table shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="294"/>
        <source>{0} builds its update from running averages of ∂E/∂w, so it differs from −α·∂E/∂w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/inspector_view.py" line="296"/>
        <source>Gradient descent on the full batch: update = −α·∂E/∂w, so after = before − α·∂E/∂w.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="74"/>
        <source>The plane of weight space the loss is drawn over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="80"/>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="81"/>
        <source>Draw the loss again, through the weights on show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="82"/>
        <source>log₁₀ E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="86"/>
        <source>random directions through the weights (filter-normalized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="90"/>
        <source>Plane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="94"/>
        <source>direction 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="94"/>
        <source>direction 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/landscape_view.py" line="100"/>
        <source>E on a {0} × {0} grid through the weights of epoch {1:,} ({2:.0f} ms); white: the path of gradient descent, red: the weights on show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="55"/>
        <source>loss E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="56"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="57"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="58"/>
        <source>log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="59"/>
        <source>Show the loss on a logarithmic axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="64"/>
        <source>E = (1/N)·½·Σ(ŷ − y)², the ½ included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="65"/>
        <source>binary cross-entropy E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/loss_view.py" line="66"/>
        <source>Loss per epoch: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="236"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="237"/>
        <source>Train: feed forward and back propagation, epoch after epoch (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="238"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="238"/>
        <source>Run exactly one epoch (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="239"/>
        <location filename="../../perceptron_gui/ui/main_window.py" line="262"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="239"/>
        <source>New initial weights from the seed (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="243"/>
        <source>Pause or resume training (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="244"/>
        <source>Truth table (click an output to flip it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="245"/>
        <source>Hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="247"/>
        <source>Backprop inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="247"/>
        <source>Network diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="248"/>
        <source>Weights per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="248"/>
        <source>Loss landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="252"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="252"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="252"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="253"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="256"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="258"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="258"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="258"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="259"/>
        <source>&amp;Export weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="259"/>
        <source>&amp;Import truth table (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="260"/>
        <source>Export &amp;truth table (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="260"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="261"/>
        <source>Train / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="261"/>
        <source>Step one epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="262"/>
        <source>Check gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="263"/>
        <source>Explore hyperparameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="266"/>
        <source>The language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="336"/>
        <source>This run has ended: press Reset (Ctrl+R) or Train to start a new one, or raise Epochs to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="366"/>
        <source>{0}. The previous setting is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="398"/>
        <source>Loaded the explorer&apos;s model: press Train (Space) to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="405"/>
        <source>Added a hidden layer of 4 units: press Train (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="459"/>
        <source>Showing epoch {0:,} of {1:,} (loss {2:.6g}). Press Live, Train or Step to go back to the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="554"/>
        <source>Gradient check: largest relative error {0:.2e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="560"/>
        <source>epoch {0:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="561"/>
        <source>loss {0:.6g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="562"/>
        <source>{0:,.0f} epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="566"/>
        <source>Converged after {0:,} epochs: loss {1:.3g} reached the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="567"/>
        <source>Done: {0:,} epochs run, loss {1:.3g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="568"/>
        <source>Diverged at epoch {0:,}: a loss or weight stopped being a finite number. The last finite weights are kept; try a smaller learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="575"/>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="577"/>
        <source>Paused at epoch {0:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="579"/>
        <source>Ready: press Train (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="589"/>
        <source>The loss has stopped falling: {0} is not linearly separable, so no single perceptron can learn it. Add a hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="601"/>
        <source>A dead ReLU unit: {0} — z ≤ 0 on every row, so no gradient reaches it. A smaller learning rate or leaky ReLU avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="603"/>
        <source>{0} dead ReLU units: {1} — z ≤ 0 on every row, so no gradient reaches them. A smaller learning rate or leaky ReLU avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="609"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="609"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="630"/>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="631"/>
        <source>Training failed, so the model was started again from its seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="650"/>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="658"/>
        <source>Opened {0}: {1:,} epochs trained, ready to predict or train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="664"/>
        <source>Open weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="677"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="683"/>
        <source>Export weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="688"/>
        <source>Perceptron GUI weights (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="691"/>
        <source>CSV truth table (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="703"/>
        <location filename="../../perceptron_gui/ui/main_window.py" line="731"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="705"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="710"/>
        <source>Import truth table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="718"/>
        <source>Cannot import table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/main_window.py" line="726"/>
        <source>Export truth table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="239"/>
        <source>{0}: its output over {1} (blue low, red high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="242"/>
        <source>
A dead ReLU unit: z ≤ 0 on every row, so f&apos;(z) = 0 and no gradient reaches it — it cannot learn any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/network_diagram.py" line="251"/>
        <source>{0} = {1:.6g}  ({2} → {3})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictionModel</name>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="195"/>
        <source>ŷ = {0:.6f} (don&apos;t care: not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="196"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="196"/>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="197"/>
        <source>ŷ = {0:.6f}, expected {1:g}: {2} (right means ŷ is on the target&apos;s side of 0.5, by 0.001 at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="203"/>
        <source>ŷ {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeparabilityAdvisor</name>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="31"/>
        <source>A single perceptron draws one straight line (a plane) between the rows it answers 1 and those it answers 0. A linear program checks exactly whether such a line exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="33"/>
        <source>Add a hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="34"/>
        <source>Give the network a hidden layer of 4 units, then train again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="47"/>
        <source>✔ {0}: linearly separable — a single perceptron can learn this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="50"/>
        <source>✘ {0}: not linearly separable — beyond a single perceptron, so this network&apos;s hidden layer is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/separability_advisor.py" line="53"/>
        <source>✘ {0}: not linearly separable — needs a hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="51"/>
        <source>the “{0}” display has no OpenGL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="55"/>
        <source>the application did not share OpenGL contexts (Qt.AA_ShareOpenGLContexts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="63"/>
        <source>no OpenGL context could be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="70"/>
        <source>OpenGL {0}.{1} is too old (2.1 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="144"/>
        <source>3D surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="146"/>
        <source>The network&apos;s output ŷ as a height over two inputs in [0, 1], coloured blue (0) to red (1) as in the lecture. Dots are the truth table&apos;s targets; a line joins each to the surface, the error. Drag to turn, scroll to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="152"/>
        <source>the OpenGL module could not load ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="156"/>
        <source>3D view unavailable: {0}. The 2D decision map shows the same output from above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="159"/>
        <source>2D decision map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="161"/>
        <source>The same output seen from above: colour is ŷ (blue 0, red 1) and the black line is ŷ = 0.5, the decision boundary. Dots are the truth table&apos;s rows, filled with the target&apos;s colour; hollow grey means “don&apos;t care”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="166"/>
        <source>Points per side of the grid ŷ is computed on (the lecture uses 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="168"/>
        <source>Which output of the network to plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="169"/>
        <source>Input along the horizontal x axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="170"/>
        <source>Input along the y axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="171"/>
        <source>Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="172"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="173"/>
        <source>x axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="174"/>
        <source>y axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="175"/>
        <source>Other inputs held at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="345"/>
        <source>Value of {0} while the plot sweeps the two axes; the dots show the table rows whose {0} is the nearest 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="434"/>
        <source>Output “{0}”: ŷ over {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/surface_view.py" line="441"/>
        <source>{0} (with {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepExplorer</name>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="104"/>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="104"/>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="105"/>
        <source>hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="105"/>
        <source>hidden activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="106"/>
        <source>optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="111"/>
        <source>START:STOP:COUNT, log-spaced (0.01:10:25), or values (0.1, 1, 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="112"/>
        <source>a count N for seeds 0…N−1 (20), or seeds (0, 7, 42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="113"/>
        <source>layer lists separated by ; (none; 2; 4; 4,4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="114"/>
        <source>names (tanh, sigmoid, relu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="115"/>
        <source>names (gd, momentum, adam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="119"/>
        <source>Hyperparameter explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="126"/>
        <source>x axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="127"/>
        <source>y axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="128"/>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="129"/>
        <source>Success: loss ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="130"/>
        <source>Epochs each model trains (full batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="131"/>
        <source>A model succeeds when its final loss is at most this and it did not diverge; epochs to converge count up to the first loss ≤ it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="133"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="134"/>
        <source>Train every cell of the grid on the window&apos;s truth table, with the window&apos;s other settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="136"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="137"/>
        <source>Final loss (log₁₀) — click a cell to load it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="138"/>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="139"/>
        <source>Median epochs to the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="140"/>
        <source>Loss curves: median and 10–90 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="141"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="142"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="143"/>
        <source>Export heat map PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="144"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="235"/>
        <source>Export sweep results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="236"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="237"/>
        <source>Export heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="238"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="267"/>
        <source>Cannot run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="270"/>
        <source>Training {0:,} models × {1:,} epochs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="342"/>
        <source>{0:,} of {1:,} models reached loss ≤ {2:g}; {3:,} diverged (red ×). Click a cell to load that model into the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="385"/>
        <source>Loaded {0} = {1}, {2} = {3} into the window: press Train to run it again (final loss here {4:.6g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="397"/>
        <source>Cannot save {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="399"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepThread</name>
    <message>
        <location filename="../../perceptron_gui/ui/sweep_explorer.py" line="75"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetTableView</name>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="262"/>
        <source>Set to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="263"/>
        <source>Set to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="264"/>
        <source>Don&apos;t care (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="265"/>
        <source>Type a value…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TruthTableEditor</name>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="55"/>
        <source>AND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="56"/>
        <source>OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="57"/>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="58"/>
        <source>NAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="59"/>
        <source>NOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="60"/>
        <source>XNOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="61"/>
        <source>Majority (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="62"/>
        <source>Parity (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="63"/>
        <source>Half adder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="64"/>
        <source>Full adder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="334"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="336"/>
        <source>Load a ready-made truth table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="337"/>
        <source>Number of inputs (rows = 2^inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="338"/>
        <source>Number of outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="339"/>
        <source>The network&apos;s output ŷ for each row: green when right, red when wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="341"/>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="342"/>
        <source>Inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="343"/>
        <source>Outputs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TruthTableModel</name>
    <message>
        <location filename="../../perceptron_gui/ui/truth_table_editor.py" line="124"/>
        <source>Click: flip 0 ↔ 1 · Double click: type a value in [0, 1] · * or Delete: don&apos;t care (left out of loss and accuracy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../perceptron_gui/ui/weights_view.py" line="43"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/weights_view.py" line="44"/>
        <source>weight value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/weights_view.py" line="55"/>
        <source>layer {0} ({1} weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/weights_view.py" line="61"/>
        <source>Each weight at the epochs the run&apos;s timeline kept ({0} points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../perceptron_gui/ui/weights_view.py" line="64"/>
        <source>{0:,} weights, one colour per layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
