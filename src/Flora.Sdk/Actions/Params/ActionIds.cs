namespace Flora.Sdk.Models;

/// <summary>
/// The slugs of the 40 prebuilt actions FLORA's SDK 0.11.0 knows (<c>action_id</c>), for
/// <c>client.Actions.RetrieveAsync</c> and <c>client.Projects.Actions.CreateAsync</c>. FLORA may add actions: run one
/// this list lacks with the <c>RunAsync</c> overload that takes an action id and a <c>JsonObject</c> of parameters.
/// </summary>
public static class ActionIds
{
    /// <summary><c>color-grade-image-browser</c>; typed by <see cref="ColorGradeImageActionParams"/>.</summary>
    public const string ColorGradeImage = "color-grade-image-browser";

    /// <summary><c>overlay-image-browser</c>; typed by <see cref="OverlayImageActionParams"/>.</summary>
    public const string OverlayImage = "overlay-image-browser";

    /// <summary><c>draw-image-browser</c>; typed by <see cref="DrawImageActionParams"/>.</summary>
    public const string DrawImage = "draw-image-browser";

    /// <summary><c>crop-image-browser</c>; typed by <see cref="CropImageActionParams"/>.</summary>
    public const string CropImage = "crop-image-browser";

    /// <summary><c>scene-3d-image-browser</c>; typed by <see cref="Scene3DImageActionParams"/>.</summary>
    public const string Scene3DImage = "scene-3d-image-browser";

    /// <summary><c>blur-image-browser</c>; typed by <see cref="BlurImageActionParams"/>.</summary>
    public const string BlurImage = "blur-image-browser";

    /// <summary><c>change-image-ar-browser</c>; typed by <see cref="ChangeImageAspectRatioActionParams"/>.</summary>
    public const string ChangeImageAspectRatio = "change-image-ar-browser";

    /// <summary><c>rotate-image-browser</c>; typed by <see cref="RotateImageActionParams"/>.</summary>
    public const string RotateImage = "rotate-image-browser";

    /// <summary><c>color-filter-image-browser</c>; typed by <see cref="ColorFilterImageActionParams"/>.</summary>
    public const string ColorFilterImage = "color-filter-image-browser";

    /// <summary><c>color-tint-image-browser</c>; typed by <see cref="ColorTintImageActionParams"/>.</summary>
    public const string ColorTintImage = "color-tint-image-browser";

    /// <summary><c>filter-color-image-browser</c>; typed by <see cref="FilterColorImageActionParams"/>.</summary>
    public const string FilterColorImage = "filter-color-image-browser";

    /// <summary><c>duplicate-image-browser</c>; typed by <see cref="DuplicateImageActionParams"/>.</summary>
    public const string DuplicateImage = "duplicate-image-browser";

    /// <summary><c>side-by-side-composite-browser</c>; typed by <see cref="SideBySideCompositeActionParams"/>.</summary>
    public const string SideBySideComposite = "side-by-side-composite-browser";

    /// <summary><c>add-shape-to-image-browser</c>; typed by <see cref="AddShapeToImageActionParams"/>.</summary>
    public const string AddShapeToImage = "add-shape-to-image-browser";

    /// <summary><c>add-text-to-image-browser</c>; typed by <see cref="AddTextToImageActionParams"/>.</summary>
    public const string AddTextToImage = "add-text-to-image-browser";

    /// <summary><c>qr-code-generator-browser</c>; typed by <see cref="QRCodeGeneratorActionParams"/>.</summary>
    public const string QRCodeGenerator = "qr-code-generator-browser";

    /// <summary><c>resize-image-browser</c>; typed by <see cref="ResizeImageActionParams"/>.</summary>
    public const string ResizeImage = "resize-image-browser";

    /// <summary><c>shader-effect-browser</c>; typed by <see cref="ShaderEffectActionParams"/>.</summary>
    public const string ShaderEffect = "shader-effect-browser";

    /// <summary><c>split-text-browser</c>; typed by <see cref="SplitTextActionParams"/>.</summary>
    public const string SplitText = "split-text-browser";

    /// <summary><c>find-and-replace-text-browser</c>; typed by <see cref="FindAndReplaceTextActionParams"/>.</summary>
    public const string FindAndReplaceText = "find-and-replace-text-browser";

    /// <summary><c>concat-text-browser</c>; typed by <see cref="ConcatTextActionParams"/>.</summary>
    public const string ConcatText = "concat-text-browser";

    /// <summary><c>ken-burns-video</c>; typed by <see cref="KenBurnsVideoActionParams"/>.</summary>
    public const string KenBurnsVideo = "ken-burns-video";

    /// <summary><c>stitch-videos</c>; typed by <see cref="StitchVideosActionParams"/>.</summary>
    public const string StitchVideos = "stitch-videos";

    /// <summary><c>split-video</c>; typed by <see cref="SplitVideoActionParams"/>.</summary>
    public const string SplitVideo = "split-video";

    /// <summary><c>extract-video-frames</c>; typed by <see cref="ExtractVideoFramesActionParams"/>.</summary>
    public const string ExtractVideoFrames = "extract-video-frames";

    /// <summary><c>color-grade-video</c>; typed by <see cref="ColorGradeVideoActionParams"/>.</summary>
    public const string ColorGradeVideo = "color-grade-video";

    /// <summary><c>video-to-frame-grid</c>; typed by <see cref="VideoToFrameGridActionParams"/>.</summary>
    public const string VideoToFrameGrid = "video-to-frame-grid";

    /// <summary><c>boomerang-video</c>; typed by <see cref="BoomerangVideoActionParams"/>.</summary>
    public const string BoomerangVideo = "boomerang-video";

    /// <summary><c>reverse-video</c>; typed by <see cref="ReverseVideoActionParams"/>.</summary>
    public const string ReverseVideo = "reverse-video";

    /// <summary><c>video-to-long-exposure</c>; typed by <see cref="VideoToLongExposureActionParams"/>.</summary>
    public const string VideoToLongExposure = "video-to-long-exposure";

    /// <summary><c>video-effect</c>; typed by <see cref="VideoEffectActionParams"/>.</summary>
    public const string VideoEffect = "video-effect";

    /// <summary><c>color-filter-video</c>; typed by <see cref="ColorFilterVideoActionParams"/>.</summary>
    public const string ColorFilterVideo = "color-filter-video";

    /// <summary><c>speed-up-video</c>; typed by <see cref="SpeedUpVideoActionParams"/>.</summary>
    public const string SpeedUpVideo = "speed-up-video";

    /// <summary><c>slow-down-video</c>; typed by <see cref="SlowDownVideoActionParams"/>.</summary>
    public const string SlowDownVideo = "slow-down-video";

    /// <summary><c>duplicate-video</c>; typed by <see cref="DuplicateVideoActionParams"/>.</summary>
    public const string DuplicateVideo = "duplicate-video";

    /// <summary><c>greenscreen-video</c>; typed by <see cref="GreenscreenVideoActionParams"/>.</summary>
    public const string GreenscreenVideo = "greenscreen-video";

    /// <summary><c>resize-video</c>; typed by <see cref="ResizeVideoActionParams"/>.</summary>
    public const string ResizeVideo = "resize-video";

    /// <summary><c>change-video-ar</c>; typed by <see cref="ChangeVideoAspectRatioActionParams"/>.</summary>
    public const string ChangeVideoAspectRatio = "change-video-ar";

    /// <summary><c>split-audio-from-video</c>; typed by <see cref="SplitAudioFromVideoActionParams"/>.</summary>
    public const string SplitAudioFromVideo = "split-audio-from-video";

    /// <summary><c>merge-audio-into-video</c>; typed by <see cref="MergeAudioIntoVideoActionParams"/>.</summary>
    public const string MergeAudioIntoVideo = "merge-audio-into-video";

    /// <summary>Every slug above, in the order of FLORA's SDK.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ColorGradeImage,
        OverlayImage,
        DrawImage,
        CropImage,
        Scene3DImage,
        BlurImage,
        ChangeImageAspectRatio,
        RotateImage,
        ColorFilterImage,
        ColorTintImage,
        FilterColorImage,
        DuplicateImage,
        SideBySideComposite,
        AddShapeToImage,
        AddTextToImage,
        QRCodeGenerator,
        ResizeImage,
        ShaderEffect,
        SplitText,
        FindAndReplaceText,
        ConcatText,
        KenBurnsVideo,
        StitchVideos,
        SplitVideo,
        ExtractVideoFrames,
        ColorGradeVideo,
        VideoToFrameGrid,
        BoomerangVideo,
        ReverseVideo,
        VideoToLongExposure,
        VideoEffect,
        ColorFilterVideo,
        SpeedUpVideo,
        SlowDownVideo,
        DuplicateVideo,
        GreenscreenVideo,
        ResizeVideo,
        ChangeVideoAspectRatio,
        SplitAudioFromVideo,
        MergeAudioIntoVideo,
    ];
}
