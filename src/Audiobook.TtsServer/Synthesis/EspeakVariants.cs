namespace Audiobook.TtsServer.Synthesis;

/// <summary>The espeak-ng variants used for voices, grouped by character. Per variant: RMS at <c>-a 100</c> and median F0 in Hz at
/// <c>-p</c> 0, 10, …, 90, 99, measured with espeak-ng 1.51 at <c>-s 175</c> on five English sentences (22050 Hz) with
/// <see cref="Dsp.PitchEstimator"/>. The F0 of the lowest points of deep variants (an octave error below the estimator's 60 Hz floor, or
/// no further fall) is kept as measured; <see cref="EspeakPitchCurve"/> ignores it.</summary>
internal static class EspeakVariants
{
    private static readonly EspeakVariant F2 = new("f2", 3723, [126.8, 137.2, 146.9, 160.5, 175.0, 192.7, 212.3, 235.1, 261.4, 291.2, 321.3]);
    private static readonly EspeakVariant F3 = new("f3", 3114, [144.6, 153.9, 163.5, 176.8, 190.6, 208.1, 227.2, 249.6, 275.3, 305.3, 334.0]);
    private static readonly EspeakVariant Andrea = new("Andrea", 4745, [149.1, 163.9, 178.3, 197.6, 218.7, 243.7, 271.5, 304.6, 341.5, 385.0, 428.7]);
    private static readonly EspeakVariant Belinda = new("belinda", 4300, [131.9, 146.9, 161.8, 181.3, 202.1, 227.6, 255.9, 288.8, 326.0, 369.9, 412.6]);
    private static readonly EspeakVariant Linda = new("linda", 4267, [131.9, 146.6, 161.5, 180.8, 201.6, 226.9, 255.3, 288.4, 325.7, 369.2, 411.8]);
    private static readonly EspeakVariant Steph2 = new("steph2", 4921, [104.6, 117.1, 129.3, 145.1, 162.1, 183.2, 206.4, 233.6, 264.1, 299.7, 335.1]);
    private static readonly EspeakVariant Anika = new("anika", 3881, [168.6, 183.8, 199.4, 218.3, 239.4, 265.1, 293.4, 325.9, 363.3, 406.6, 447.9]);
    private static readonly EspeakVariant Annie = new("Annie", 3148, [183.8, 191.4, 199.0, 209.5, 220.2, 234.6, 250.0, 269.0, 289.4, 313.6, 339.1]);
    private static readonly EspeakVariant F4 = new("f4", 3599, [111.5, 121.6, 132.0, 145.2, 160.1, 177.7, 197.4, 220.3, 246.4, 276.3, 306.8]);
    private static readonly EspeakVariant Steph = new("steph", 3002, [104.7, 117.0, 129.3, 145.1, 162.2, 183.2, 206.6, 233.7, 264.1, 299.7, 335.0]);
    private static readonly EspeakVariant Aunty = new("aunty", 3585, [77.4, 93.0, 107.6, 127.0, 147.9, 173.7, 202.2, 235.9, 274.0, 318.3, 362.9]);
    private static readonly EspeakVariant F5 = new("f5", 3091, [127.8, 139.2, 150.8, 166.2, 182.8, 202.7, 225.0, 251.2, 280.9, 314.5, 349.1]);
    private static readonly EspeakVariant Alicia = new("Alicia", 3321, [164.7, 177.7, 191.1, 207.8, 225.9, 249.6, 274.5, 303.7, 336.9, 375.4, 412.7]);
    private static readonly EspeakVariant Steph3 = new("steph3", 5942, [104.6, 117.1, 129.3, 145.1, 162.1, 183.2, 206.5, 233.6, 264.0, 299.7, 335.0]);
    private static readonly EspeakVariant Grandma = new("grandma", 2938, [143.9, 152.4, 161.1, 171.3, 183.1, 198.5, 214.7, 232.8, 254.0, 278.7, 304.4]);
    private static readonly EspeakVariant F1 = new("f1", 3568, [112.9, 123.0, 132.8, 145.6, 159.8, 177.5, 197.0, 219.6, 245.4, 274.7, 304.2]);
    private static readonly EspeakVariant M3 = new("m3", 3075, [70.0, 75.1, 80.2, 86.4, 93.8, 103.2, 113.5, 125.8, 139.7, 155.6, 171.7]);
    private static readonly EspeakVariant M6 = new("m6", 3008, [67.4, 70.7, 75.8, 82.4, 90.1, 99.8, 110.9, 123.4, 137.7, 154.0, 170.5]);
    private static readonly EspeakVariant Alex = new("Alex", 2732, [431.9, 63.6, 70.6, 80.4, 91.0, 103.7, 117.9, 134.5, 153.3, 174.9, 196.7]);
    private static readonly EspeakVariant Caleb = new("caleb", 2576, [68.1, 72.5, 77.6, 83.9, 91.6, 100.8, 111.3, 123.3, 137.1, 153.4, 169.2]);
    private static readonly EspeakVariant Travis = new("travis", 3672, [71.6, 75.5, 80.3, 85.9, 92.6, 101.8, 111.2, 122.5, 135.5, 152.5, 167.7]);
    private static readonly EspeakVariant Rob = new("rob", 2449, [95.9, 99.9, 103.0, 105.6, 107.9, 112.1, 118.1, 122.0, 128.3, 137.4, 146.8]);
    private static readonly EspeakVariant Michael = new("Michael", 3674, [76.8, 81.3, 85.5, 91.2, 97.4, 105.7, 115.7, 127.8, 139.4, 154.2, 170.0]);
    private static readonly EspeakVariant M2 = new("m2", 2515, [65.4, 67.6, 73.2, 80.7, 89.4, 100.0, 111.7, 125.4, 140.7, 158.5, 176.3]);
    private static readonly EspeakVariant M4 = new("m4", 3015, [69.3, 69.5, 73.2, 78.9, 84.4, 92.3, 101.3, 111.9, 123.6, 137.3, 151.3]);
    private static readonly EspeakVariant M5 = new("m5", 2740, [68.6, 73.6, 78.4, 85.0, 92.5, 101.8, 112.3, 124.4, 138.3, 154.2, 170.4]);
    private static readonly EspeakVariant M7 = new("m7", 3456, [74.3, 78.7, 83.7, 89.3, 96.0, 104.7, 114.6, 125.8, 138.8, 153.9, 168.5]);
    private static readonly EspeakVariant Adam = new("Adam", 3037, [68.1, 72.2, 77.1, 83.3, 91.2, 100.1, 111.2, 123.1, 136.9, 152.9, 168.9]);
    private static readonly EspeakVariant Benjamin = new("benjamin", 2331, [68.0, 72.5, 77.6, 84.0, 91.5, 100.8, 111.0, 123.1, 136.9, 153.2, 169.1]);
    private static readonly EspeakVariant Edward = new("edward", 3652, [67.7, 72.1, 77.3, 83.7, 91.1, 100.2, 110.7, 123.0, 137.1, 153.1, 169.0]);
    private static readonly EspeakVariant John = new("john", 4952, [66.9, 71.1, 76.5, 83.3, 91.0, 100.4, 111.4, 124.1, 138.1, 154.7, 171.2]);
    private static readonly EspeakVariant Max = new("max", 2573, [70.5, 72.8, 77.8, 84.0, 91.4, 100.8, 111.4, 123.3, 137.2, 153.4, 169.3]);
    private static readonly EspeakVariant Norbert = new("norbert", 4324, [66.9, 71.1, 76.3, 83.0, 90.9, 100.3, 111.2, 123.8, 138.0, 154.8, 171.3]);
    private static readonly EspeakVariant Robert = new("robert", 2615, [78.4, 80.1, 82.7, 86.8, 91.4, 96.9, 105.6, 114.9, 125.1, 138.2, 151.4]);
    private static readonly EspeakVariant Gene = new("Gene", 4315, [65.4, 66.6, 70.9, 77.3, 84.8, 93.9, 104.6, 116.9, 131.0, 146.8, 163.0]);
    private static readonly EspeakVariant Lee = new("Lee", 3116, [64.6, 65.5, 69.8, 76.5, 85.0, 94.9, 106.5, 119.5, 134.3, 151.6, 168.8]);
    private static readonly EspeakVariant Mike = new("Mike", 2086, [68.3, 69.1, 71.1, 76.5, 81.7, 89.2, 97.3, 107.6, 118.7, 132.0, 145.2]);
    private static readonly EspeakVariant David = new("david", 1666, [308.5, 63.2, 64.6, 65.8, 68.5, 74.9, 82.1, 91.2, 101.4, 113.4, 125.1]);
    private static readonly EspeakVariant Paul = new("paul", 6152, [67.8, 68.1, 68.3, 71.3, 76.7, 84.5, 93.3, 103.9, 116.0, 129.7, 143.4]);
    private static readonly EspeakVariant Quincy = new("quincy", 2290, [353.7, 74.4, 72.2, 74.8, 78.5, 86.0, 93.6, 103.5, 115.0, 127.8, 141.3]);
    private static readonly EspeakVariant M8 = new("m8", 1800, [66.9, 67.6, 67.7, 72.3, 77.7, 84.2, 92.7, 102.3, 113.4, 126.2, 138.9]);
    private static readonly EspeakVariant M1 = new("m1", 2680, [66.9, 67.3, 71.2, 77.0, 84.1, 92.3, 102.2, 113.7, 126.4, 141.4, 156.1]);
    private static readonly EspeakVariant Grandpa = new("grandpa", 3121, [70.3, 75.0, 79.4, 86.0, 94.1, 103.9, 115.2, 126.6, 140.0, 156.7, 172.0]);
    private static readonly EspeakVariant Croak = new("croak", 2892, [68.4, 72.3, 75.9, 83.7, 92.7, 103.1, 114.5, 127.0, 142.1, 160.0, 175.4]);

    public static readonly EspeakVariant[] YoungFemale = [F2, F3, Andrea, Belinda, Linda, Steph2, Anika, Annie];

    public static readonly EspeakVariant[] AdultFemale = [F4, Steph, Aunty, F5, Alicia, Steph3];

    public static readonly EspeakVariant[] OldFemale = [Grandma, F1];

    public static readonly EspeakVariant[] Child = [Andrea, Anika, F3];

    public static readonly EspeakVariant[] YoungMale = [M3, M6, Alex, Caleb, Travis, Rob, Michael];

    public static readonly EspeakVariant[] AdultMale = [M2, M4, M5, M7, Adam, Benjamin, Edward, John, Max, Norbert, Robert, Gene, Lee, Mike];

    public static readonly EspeakVariant[] DeepMale = [David, Paul, Quincy, M8];

    public static readonly EspeakVariant[] OldMale = [M1, M8, Grandpa];

    public static readonly EspeakVariant[] HuskyMale = [Croak, Grandpa];
}
