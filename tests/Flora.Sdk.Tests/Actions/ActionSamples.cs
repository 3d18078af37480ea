using Flora.Sdk.Models;

namespace Flora.Sdk.Tests.Actions;

/// <summary>
/// Generated from FLORA's SDK 0.11.0 (src/resources/actions.ts, <c>ActionRunParams</c>): a fully set sample of every
/// per-action record, and every action's slug with the parameter keys FLORA's SDK sends for it.
/// </summary>
internal static class ActionSamples
{
    public static readonly Dictionary<Type, object> Models = new()
    {
        [typeof(ColorGradeImageActionSettings)] = new ColorGradeImageActionSettings { Advanced = true, Brightness = 1.5, Contrast = 2.5, Highlights = 3.5, HueShift = 4.5, Saturation = 5.5, Shadows = 6.5, ShowScope = true, Tint = 8.5, Warmth = 9.5 },
        [typeof(ColorGradeImageActionParams)] = new ColorGradeImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Advanced = true, Brightness = 1.5, Contrast = 2.5, Highlights = 3.5, HueShift = 4.5, Saturation = 5.5, Shadows = 6.5, ShowScope = true, Tint = 8.5, Warmth = 9.5 },
        },
        [typeof(OverlayImageActionSettings)] = new OverlayImageActionSettings { Blend = "soft-light", Center = new ActionVector2 { X = 0.25, Y = 0.75 }, Opacity = 2.5, Rotation = 3.5, Size = new ActionVector2 { X = 0.25, Y = 0.75 } },
        [typeof(OverlayImageActionParams)] = new OverlayImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Blend = "soft-light", Center = new ActionVector2 { X = 0.25, Y = 0.75 }, Opacity = 2.5, Rotation = 3.5, Size = new ActionVector2 { X = 0.25, Y = 0.75 } },
        },
        [typeof(DrawImageActionSettings)] = new DrawImageActionSettings { Color = "s0", Erase = true, Size = 2.5 },
        [typeof(DrawImageActionParams)] = new DrawImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Color = "s0", Erase = true, Size = 2.5 },
        },
        [typeof(CropImageActionSettings)] = new CropImageActionSettings { Center = new ActionVector2 { X = 0.25, Y = 0.75 }, LockAspect = true, Rotation = 2.5, Size = new ActionVector2 { X = 0.25, Y = 0.75 } },
        [typeof(CropImageActionParams)] = new CropImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Center = new ActionVector2 { X = 0.25, Y = 0.75 }, LockAspect = true, Rotation = 2.5, Size = new ActionVector2 { X = 0.25, Y = 0.75 } },
        },
        [typeof(Scene3DImageActionSettings)] = new Scene3DImageActionSettings { AspectRatio = "3:4", Background = "s1", Color = "s2", Offset = new ActionVector2 { X = 0.25, Y = 0.75 }, Rotation = new ActionVector3 { X = 1, Y = 2, Z = 3 }, Scale = new ActionVector3 { X = 1, Y = 2, Z = 3 }, Shape = "cylinder", ShowBackground = true, Size = 8.5 },
        [typeof(Scene3DImageActionParams)] = new Scene3DImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { AspectRatio = "3:4", Background = "s1", Color = "s2", Offset = new ActionVector2 { X = 0.25, Y = 0.75 }, Rotation = new ActionVector3 { X = 1, Y = 2, Z = 3 }, Scale = new ActionVector3 { X = 1, Y = 2, Z = 3 }, Shape = "cylinder", ShowBackground = true, Size = 8.5 },
        },
        [typeof(BlurImageActionSettings)] = new BlurImageActionSettings { Angle = 0.5, BokehShape = "pentagon", BrushHardness = 2.5, BrushIntensity = 3.5, BrushSize = 4.5, EdgeThreshold = 5.5, Erase = true, Mode = "draw", RadialMode = "spin", RadialStrength = 9.5, Radius = 10.5, TargetColor = "s11", TargetInvert = true, TargetTolerance = 13.5, TiltCenter = 14.5, TiltOrientation = "vertical", TiltWidth = 16.5 },
        [typeof(BlurImageActionParams)] = new BlurImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Angle = 0.5, BokehShape = "pentagon", BrushHardness = 2.5, BrushIntensity = 3.5, BrushSize = 4.5, EdgeThreshold = 5.5, Erase = true, Mode = "draw", RadialMode = "spin", RadialStrength = 9.5, Radius = 10.5, TargetColor = "s11", TargetInvert = true, TargetTolerance = 13.5, TiltCenter = 14.5, TiltOrientation = "vertical", TiltWidth = 16.5 },
        },
        [typeof(ChangeImageAspectRatioActionSettings)] = new ChangeImageAspectRatioActionSettings { AspectRatio = "21:9", BackgroundMode = "blur", BlurAmount = 2.5, Fit = "pad", PadColor = "s4" },
        [typeof(ChangeImageAspectRatioActionParams)] = new ChangeImageAspectRatioActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { AspectRatio = "21:9", BackgroundMode = "blur", BlurAmount = 2.5, Fit = "pad", PadColor = "s4" },
        },
        [typeof(RotateImageActionSettings)] = new RotateImageActionSettings { Angle = 0.5, Background = "s1", CanvasMode = "expand", Direction = "both", Transparent = true },
        [typeof(RotateImageActionParams)] = new RotateImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Angle = 0.5, Background = "s1", CanvasMode = "expand", Direction = "both", Transparent = true },
        },
        [typeof(ColorFilterImageActionSettings)] = new ColorFilterImageActionSettings { BwThreshold = 0.5, ColorpopTolerance = 1.5, DotAngle = 2.5, DotBg = "s3", DotColor = "s4", DotSize = 5.5, Grain = 6.5, HighlightColor = "s7", Intensity = 8.5, PosterizeBits = 9.5, SepiaWarmth = 10.5, ShadowColor = "s11", SolarizeThreshold = 12.5, TargetColor = "s13", VignetteSoftness = 14.5, VignetteStrength = 15.5 },
        [typeof(ColorFilterImageActionParams)] = new ColorFilterImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { BwThreshold = 0.5, ColorpopTolerance = 1.5, DotAngle = 2.5, DotBg = "s3", DotColor = "s4", DotSize = 5.5, Grain = 6.5, HighlightColor = "s7", Intensity = 8.5, PosterizeBits = 9.5, SepiaWarmth = 10.5, ShadowColor = "s11", SolarizeThreshold = 12.5, TargetColor = "s13", VignetteSoftness = 14.5, VignetteStrength = 15.5 },
        },
        [typeof(ColorTintImageActionSettings)] = new ColorTintImageActionSettings { BlendMode = "color", Color = "s1", Intensity = 2.5 },
        [typeof(ColorTintImageActionParams)] = new ColorTintImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { BlendMode = "color", Color = "s1", Intensity = 2.5 },
        },
        [typeof(FilterColorImageActionSettings)] = new FilterColorImageActionSettings { Invert = true, Mode = "keep", ReplacementColor = "s2", Softness = 3.5, TargetColor = "s4", Tolerance = 5.5 },
        [typeof(FilterColorImageActionParams)] = new FilterColorImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Invert = true, Mode = "keep", ReplacementColor = "s2", Softness = 3.5, TargetColor = "s4", Tolerance = 5.5 },
        },
        [typeof(DuplicateImageActionSettings)] = new DuplicateImageActionSettings { Count = 0.5 },
        [typeof(DuplicateImageActionParams)] = new DuplicateImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Count = 0.5 },
        },
        [typeof(SideBySideCompositeActionSettings)] = new SideBySideCompositeActionSettings { Background = "s0", Gap = 1.5, Layout = "grid-2x2", Normalize = "pad-to-largest" },
        [typeof(SideBySideCompositeActionParams)] = new SideBySideCompositeActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Background = "s0", Gap = 1.5, Layout = "grid-2x2", Normalize = "pad-to-largest" },
        },
        [typeof(AddShapeToImageActionSettings)] = new AddShapeToImageActionSettings { Background = "s0", Center = new ActionVector2 { X = 0.25, Y = 0.75 }, FillColor = "s2", FillOpacity = 3.5, Height = 4.5, Rotation = 5.5, Shape = "hexagon", ShowBackground = true, Size = new ActionVector2 { X = 0.25, Y = 0.75 }, StrokeColor = "s9", StrokeWidth = 10.5, Width = 11.5 },
        [typeof(AddShapeToImageActionParams)] = new AddShapeToImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Background = "s0", Center = new ActionVector2 { X = 0.25, Y = 0.75 }, FillColor = "s2", FillOpacity = 3.5, Height = 4.5, Rotation = 5.5, Shape = "hexagon", ShowBackground = true, Size = new ActionVector2 { X = 0.25, Y = 0.75 }, StrokeColor = "s9", StrokeWidth = 10.5, Width = 11.5 },
        },
        [typeof(AddTextToImageActionSettings)] = new AddTextToImageActionSettings { Background = "s0", Center = new ActionVector2 { X = 0.25, Y = 0.75 }, Color = "s2", Dimensions = new ActionVector2 { X = 0.25, Y = 0.75 }, FontFamily = "mono-bold", FontSize = 5.5, MaxWidth = 6.5, Opacity = 7.5, Rotation = 8.5, Shadow = true, ShowBackground = true, Text = "s11" },
        [typeof(AddTextToImageActionParams)] = new AddTextToImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Background = "s0", Center = new ActionVector2 { X = 0.25, Y = 0.75 }, Color = "s2", Dimensions = new ActionVector2 { X = 0.25, Y = 0.75 }, FontFamily = "mono-bold", FontSize = 5.5, MaxWidth = 6.5, Opacity = 7.5, Rotation = 8.5, Shadow = true, ShowBackground = true, Text = "s11" },
        },
        [typeof(QRCodeGeneratorActionSettings)] = new QRCodeGeneratorActionSettings { BgColor = "s0", Border = 1.5, ErrorCorrection = "H", FgColor = "s3", Size = 4.5 },
        [typeof(QRCodeGeneratorActionParams)] = new QRCodeGeneratorActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { BgColor = "s0", Border = 1.5, ErrorCorrection = "H", FgColor = "s3", Size = 4.5 },
        },
        [typeof(ResizeImageActionSettings)] = new ResizeImageActionSettings { BgColor = "s0", Fit = "stretch", Height = 2.5, Longest = 3.5, Mode = "longest", Percent = 5.5, Width = 6.5 },
        [typeof(ResizeImageActionParams)] = new ResizeImageActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { BgColor = "s0", Fit = "stretch", Height = 2.5, Longest = 3.5, Mode = "longest", Percent = 5.5, Width = 6.5 },
        },
        [typeof(ShaderEffectActionSettings)] = new ShaderEffectActionSettings { BloomStrength = 0.5, BloomThreshold = 1.5, EdgeThickness = 2.5, Effect = "pixelate", GlitchAmount = 4.5, Intensity = 5.5, RippleAmp = 6.5, RippleFreq = 7.5, ScanlineStrength = 8.5, Segments = 9.5, Shift = 10.5 },
        [typeof(ShaderEffectActionParams)] = new ShaderEffectActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { BloomStrength = 0.5, BloomThreshold = 1.5, EdgeThickness = 2.5, Effect = "pixelate", GlitchAmount = 4.5, Intensity = 5.5, RippleAmp = 6.5, RippleFreq = 7.5, ScanlineStrength = 8.5, Segments = 9.5, Shift = 10.5 },
        },
        [typeof(SplitTextActionSettings)] = new SplitTextActionSettings { CharsPerPart = 0.5, LinesPerPart = 1.5, MaxParts = 2.5, Separator = "s3", SkipEmpty = true, SplitMode = "charCount", TrimParts = true },
        [typeof(SplitTextActionParams)] = new SplitTextActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { CharsPerPart = 0.5, LinesPerPart = 1.5, MaxParts = 2.5, Separator = "s3", SkipEmpty = true, SplitMode = "charCount", TrimParts = true },
        },
        [typeof(FindAndReplaceTextActionSettings)] = new FindAndReplaceTextActionSettings { CaseSensitive = true, Find = "s1", Replace = "s2", ReplaceAll = true, WholeWord = true },
        [typeof(FindAndReplaceTextActionParams)] = new FindAndReplaceTextActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { CaseSensitive = true, Find = "s1", Replace = "s2", ReplaceAll = true, WholeWord = true },
        },
        [typeof(ConcatTextActionSettings)] = new ConcatTextActionSettings { AddHeaders = true, Prefix = "s1", Separator = "s2", SkipEmpty = true, Suffix = "s4", TrimParts = true, WrapEachPart = true },
        [typeof(ConcatTextActionParams)] = new ConcatTextActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { AddHeaders = true, Prefix = "s1", Separator = "s2", SkipEmpty = true, Suffix = "s4", TrimParts = true, WrapEachPart = true },
        },
        [typeof(KenBurnsVideoActionSettings)] = new KenBurnsVideoActionSettings { Duration = 0.5, Easing = "ease-in-out", Fps = "60", PanDirection = "down", Zoom = 4.5, ZoomDirection = "out" },
        [typeof(KenBurnsVideoActionParams)] = new KenBurnsVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Duration = 0.5, Easing = "ease-in-out", Fps = "60", PanDirection = "down", Zoom = 4.5, ZoomDirection = "out" },
        },
        [typeof(StitchVideosActionSettings)] = new StitchVideosActionSettings { BackgroundColor = "s0", BackgroundMode = "blur", BlurAmount = 2.5, FitMode = "cover", Transition = "wiperight", TransitionDuration = 5.5 },
        [typeof(StitchVideosActionParams)] = new StitchVideosActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { BackgroundColor = "s0", BackgroundMode = "blur", BlurAmount = 2.5, FitMode = "cover", Transition = "wiperight", TransitionDuration = 5.5 },
        },
        [typeof(SplitVideoActionSettings)] = new SplitVideoActionSettings { SceneSensitivity = 0.5, SegmentDuration = 1.5, Segments = 2.5, SplitMode = "scene", StripAudio = true, TrimHandles = 5.5 },
        [typeof(SplitVideoActionParams)] = new SplitVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { SceneSensitivity = 0.5, SegmentDuration = 1.5, Segments = 2.5, SplitMode = "scene", StripAudio = true, TrimHandles = 5.5 },
        },
        [typeof(ExtractVideoFramesActionSettings)] = new ExtractVideoFramesActionSettings { EverySeconds = 0.5, FrameCount = 1.5, Mode = "scene", Range = new ActionRange { Min = 0, Max = 10 }, SceneSensitivity = 4.5, TimePercent = 5.5 },
        [typeof(ExtractVideoFramesActionParams)] = new ExtractVideoFramesActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { EverySeconds = 0.5, FrameCount = 1.5, Mode = "scene", Range = new ActionRange { Min = 0, Max = 10 }, SceneSensitivity = 4.5, TimePercent = 5.5 },
        },
        [typeof(ColorGradeVideoActionSettings)] = new ColorGradeVideoActionSettings { Brightness = 0.5, Contrast = 1.5, Gamma = 2.5, Saturation = 3.5 },
        [typeof(ColorGradeVideoActionParams)] = new ColorGradeVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Brightness = 0.5, Contrast = 1.5, Gamma = 2.5, Saturation = 3.5 },
        },
        [typeof(VideoToFrameGridActionSettings)] = new VideoToFrameGridActionSettings { Background = "s0", CellWidth = 1.5, Cols = 2.5, Gap = 3.5, Rows = 4.5 },
        [typeof(VideoToFrameGridActionParams)] = new VideoToFrameGridActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Background = "s0", CellWidth = 1.5, Cols = 2.5, Gap = 3.5, Rows = 4.5 },
        },
        [typeof(BoomerangVideoActionSettings)] = new BoomerangVideoActionSettings { IncludeAudio = true, Speed = 1.5 },
        [typeof(BoomerangVideoActionParams)] = new BoomerangVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { IncludeAudio = true, Speed = 1.5 },
        },
        [typeof(ReverseVideoActionSettings)] = new ReverseVideoActionSettings { AudioMode = "keep" },
        [typeof(ReverseVideoActionParams)] = new ReverseVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { AudioMode = "keep" },
        },
        [typeof(VideoToLongExposureActionSettings)] = new VideoToLongExposureActionSettings { BlendMode = "darken", FrameStride = 1.5, MaxFrames = 2.5 },
        [typeof(VideoToLongExposureActionParams)] = new VideoToLongExposureActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { BlendMode = "darken", FrameStride = 1.5, MaxFrames = 2.5 },
        },
        [typeof(VideoEffectActionSettings)] = new VideoEffectActionSettings { ChromaticOffset = 0.5, Effect = "vhs", GrainStrength = 2.5, PixelBlockSize = 3.5, ShakeAmount = 4.5, VignetteAngle = 5.5 },
        [typeof(VideoEffectActionParams)] = new VideoEffectActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { ChromaticOffset = 0.5, Effect = "vhs", GrainStrength = 2.5, PixelBlockSize = 3.5, ShakeAmount = 4.5, VignetteAngle = 5.5 },
        },
        [typeof(ColorFilterVideoActionSettings)] = new ColorFilterVideoActionSettings { BwThreshold = 0.5, Grain = 1.5, PosterizeBits = 2.5, SolarizeThreshold = 3.5 },
        [typeof(ColorFilterVideoActionParams)] = new ColorFilterVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { BwThreshold = 0.5, Grain = 1.5, PosterizeBits = 2.5, SolarizeThreshold = 3.5 },
        },
        [typeof(SpeedUpVideoActionSettings)] = new SpeedUpVideoActionSettings { Factor = 0.5, KeepAudio = true },
        [typeof(SpeedUpVideoActionParams)] = new SpeedUpVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Factor = 0.5, KeepAudio = true },
        },
        [typeof(SlowDownVideoActionSettings)] = new SlowDownVideoActionSettings { Factor = 0.5, KeepAudio = true, Smoothing = "motion" },
        [typeof(SlowDownVideoActionParams)] = new SlowDownVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Factor = 0.5, KeepAudio = true, Smoothing = "motion" },
        },
        [typeof(DuplicateVideoActionSettings)] = new DuplicateVideoActionSettings { Count = 0.5 },
        [typeof(DuplicateVideoActionParams)] = new DuplicateVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Count = 0.5 },
        },
        [typeof(GreenscreenVideoActionSettings)] = new GreenscreenVideoActionSettings { Blend = 0.5, ColorPreset = "custom", CustomColor = "s2", Similarity = 3.5, Spill = true },
        [typeof(GreenscreenVideoActionParams)] = new GreenscreenVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Blend = 0.5, ColorPreset = "custom", CustomColor = "s2", Similarity = 3.5, Spill = true },
        },
        [typeof(ResizeVideoActionSettings)] = new ResizeVideoActionSettings { CustomResolution = 0.5, Resolution = "custom" },
        [typeof(ResizeVideoActionParams)] = new ResizeVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { CustomResolution = 0.5, Resolution = "custom" },
        },
        [typeof(ChangeVideoAspectRatioActionSettings)] = new ChangeVideoAspectRatioActionSettings { AspectRatio = "21:9", BackgroundMode = "blur", BlurAmount = 2.5, Fit = "pad", PadColor = "s4" },
        [typeof(ChangeVideoAspectRatioActionParams)] = new ChangeVideoAspectRatioActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { AspectRatio = "21:9", BackgroundMode = "blur", BlurAmount = 2.5, Fit = "pad", PadColor = "s4" },
        },
        [typeof(SplitAudioFromVideoActionSettings)] = new SplitAudioFromVideoActionSettings { AudioFormat = "wav" },
        [typeof(SplitAudioFromVideoActionParams)] = new SplitAudioFromVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { AudioFormat = "wav" },
        },
        [typeof(MergeAudioIntoVideoActionSettings)] = new MergeAudioIntoVideoActionSettings { Duration = "audio" },
        [typeof(MergeAudioIntoVideoActionParams)] = new MergeAudioIntoVideoActionParams
        {
            Inputs = [ActionInput.Image("https://cdn.test/in.png")],
            ProjectId = "prj_1",
            WorkspaceId = "ws_1",
            Params = new() { Duration = "audio" },
        },
    };

    public static readonly Dictionary<Type, (string Slug, string[] Keys)> WireKeys = new()
    {
        [typeof(ColorGradeImageActionParams)] = ("color-grade-image-browser", ["advanced", "brightness", "contrast", "highlights", "hue_shift", "saturation", "shadows", "show_scope", "tint", "warmth"]),
        [typeof(OverlayImageActionParams)] = ("overlay-image-browser", ["blend", "center", "opacity", "rotation", "size"]),
        [typeof(DrawImageActionParams)] = ("draw-image-browser", ["color", "erase", "size"]),
        [typeof(CropImageActionParams)] = ("crop-image-browser", ["center", "lock_aspect", "rotation", "size"]),
        [typeof(Scene3DImageActionParams)] = ("scene-3d-image-browser", ["aspect_ratio", "background", "color", "offset", "rotation", "scale", "shape", "show_background", "size"]),
        [typeof(BlurImageActionParams)] = ("blur-image-browser", ["angle", "bokeh_shape", "brush_hardness", "brush_intensity", "brush_size", "edge_threshold", "erase", "mode", "radial_mode", "radial_strength", "radius", "target_color", "target_invert", "target_tolerance", "tilt_center", "tilt_orientation", "tilt_width"]),
        [typeof(ChangeImageAspectRatioActionParams)] = ("change-image-ar-browser", ["aspect_ratio", "background_mode", "blur_amount", "fit", "pad_color"]),
        [typeof(RotateImageActionParams)] = ("rotate-image-browser", ["angle", "background", "canvas_mode", "direction", "transparent"]),
        [typeof(ColorFilterImageActionParams)] = ("color-filter-image-browser", ["bw_threshold", "colorpop_tolerance", "dot_angle", "dot_bg", "dot_color", "dot_size", "grain", "highlight_color", "intensity", "posterize_bits", "sepia_warmth", "shadow_color", "solarize_threshold", "target_color", "vignette_softness", "vignette_strength"]),
        [typeof(ColorTintImageActionParams)] = ("color-tint-image-browser", ["blend_mode", "color", "intensity"]),
        [typeof(FilterColorImageActionParams)] = ("filter-color-image-browser", ["invert", "mode", "replacement_color", "softness", "target_color", "tolerance"]),
        [typeof(DuplicateImageActionParams)] = ("duplicate-image-browser", ["count"]),
        [typeof(SideBySideCompositeActionParams)] = ("side-by-side-composite-browser", ["background", "gap", "layout", "normalize"]),
        [typeof(AddShapeToImageActionParams)] = ("add-shape-to-image-browser", ["background", "center", "fill_color", "fill_opacity", "height", "rotation", "shape", "show_background", "size", "stroke_color", "stroke_width", "width"]),
        [typeof(AddTextToImageActionParams)] = ("add-text-to-image-browser", ["background", "center", "color", "dimensions", "font_family", "font_size", "max_width", "opacity", "rotation", "shadow", "show_background", "text"]),
        [typeof(QRCodeGeneratorActionParams)] = ("qr-code-generator-browser", ["bg_color", "border", "error_correction", "fg_color", "size"]),
        [typeof(ResizeImageActionParams)] = ("resize-image-browser", ["bg_color", "fit", "height", "longest", "mode", "percent", "width"]),
        [typeof(ShaderEffectActionParams)] = ("shader-effect-browser", ["bloom_strength", "bloom_threshold", "edge_thickness", "effect", "glitch_amount", "intensity", "ripple_amp", "ripple_freq", "scanline_strength", "segments", "shift"]),
        [typeof(SplitTextActionParams)] = ("split-text-browser", ["chars_per_part", "lines_per_part", "max_parts", "separator", "skip_empty", "split_mode", "trim_parts"]),
        [typeof(FindAndReplaceTextActionParams)] = ("find-and-replace-text-browser", ["case_sensitive", "find", "replace", "replace_all", "whole_word"]),
        [typeof(ConcatTextActionParams)] = ("concat-text-browser", ["add_headers", "prefix", "separator", "skip_empty", "suffix", "trim_parts", "wrap_each_part"]),
        [typeof(KenBurnsVideoActionParams)] = ("ken-burns-video", ["duration", "easing", "fps", "pan_direction", "zoom", "zoom_direction"]),
        [typeof(StitchVideosActionParams)] = ("stitch-videos", ["background_color", "background_mode", "blur_amount", "fit_mode", "transition", "transition_duration"]),
        [typeof(SplitVideoActionParams)] = ("split-video", ["scene_sensitivity", "segment_duration", "segments", "split_mode", "strip_audio", "trim_handles"]),
        [typeof(ExtractVideoFramesActionParams)] = ("extract-video-frames", ["every_seconds", "frame_count", "mode", "range", "scene_sensitivity", "time_percent"]),
        [typeof(ColorGradeVideoActionParams)] = ("color-grade-video", ["brightness", "contrast", "gamma", "saturation"]),
        [typeof(VideoToFrameGridActionParams)] = ("video-to-frame-grid", ["background", "cell_width", "cols", "gap", "rows"]),
        [typeof(BoomerangVideoActionParams)] = ("boomerang-video", ["include_audio", "speed"]),
        [typeof(ReverseVideoActionParams)] = ("reverse-video", ["audio_mode"]),
        [typeof(VideoToLongExposureActionParams)] = ("video-to-long-exposure", ["blend_mode", "frame_stride", "max_frames"]),
        [typeof(VideoEffectActionParams)] = ("video-effect", ["chromatic_offset", "effect", "grain_strength", "pixel_block_size", "shake_amount", "vignette_angle"]),
        [typeof(ColorFilterVideoActionParams)] = ("color-filter-video", ["bw_threshold", "grain", "posterize_bits", "solarize_threshold"]),
        [typeof(SpeedUpVideoActionParams)] = ("speed-up-video", ["factor", "keep_audio"]),
        [typeof(SlowDownVideoActionParams)] = ("slow-down-video", ["factor", "keep_audio", "smoothing"]),
        [typeof(DuplicateVideoActionParams)] = ("duplicate-video", ["count"]),
        [typeof(GreenscreenVideoActionParams)] = ("greenscreen-video", ["blend", "color_preset", "custom_color", "similarity", "spill"]),
        [typeof(ResizeVideoActionParams)] = ("resize-video", ["custom_resolution", "resolution"]),
        [typeof(ChangeVideoAspectRatioActionParams)] = ("change-video-ar", ["aspect_ratio", "background_mode", "blur_amount", "fit", "pad_color"]),
        [typeof(SplitAudioFromVideoActionParams)] = ("split-audio-from-video", ["audio_format"]),
        [typeof(MergeAudioIntoVideoActionParams)] = ("merge-audio-into-video", ["duration"]),
    };
}
