package dev.localizer.libs.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class TinyNetworkTrainingTest {

    private static final int STEPS = 30;

    @Test
    void lossGoesDownWhileFittingALinearTarget() {
        MultiLayerNetwork network = new MultiLayerNetwork(configuration());
        network.init();
        DataSet data = linearTarget();

        double lossBefore = network.score(data);
        for (int step = 0; step < STEPS; step++) {
            network.fit(data);
        }
        double lossAfter = network.score(data);

        System.out.println("Tiny network loss: " + lossBefore + " -> " + lossAfter + " after " + STEPS + " steps");
        assertTrue(lossAfter < lossBefore / 2, "loss should at least halve, went " + lossBefore + " -> " + lossAfter);
    }

    private static MultiLayerConfiguration configuration() {
        return new NeuralNetConfiguration.Builder()
                .seed(42)
                .updater(new Adam(0.05))
                .list()
                .layer(new DenseLayer.Builder().nIn(2).nOut(8).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                        .nIn(8).nOut(1).activation(Activation.IDENTITY).build())
                .build();
    }

    /** y = x1 - 2·x2 on a 4×4 grid in [-1, 1]². */
    private static DataSet linearTarget() {
        int side = 4;
        INDArray features = Nd4j.zeros(side * side, 2);
        INDArray labels = Nd4j.zeros(side * side, 1);
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                double x1 = -1 + 2.0 * i / (side - 1);
                double x2 = -1 + 2.0 * j / (side - 1);
                int row = i * side + j;
                features.putScalar(row, 0, x1);
                features.putScalar(row, 1, x2);
                labels.putScalar(row, 0, x1 - 2 * x2);
            }
        }
        return new DataSet(features, labels);
    }
}
