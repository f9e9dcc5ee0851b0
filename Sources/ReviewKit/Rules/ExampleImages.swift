/// Small images for rule examples, in base64. Only headers matter to the rules that read them
/// (format, pixel size), so some are headers alone.
enum ExampleImages {
    /// A 144×144 PNG (solid green).
    static let png144x144 = """
        iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAIAAABoJHXvAAAA5klEQVR42u3RQQ0AAAjEsLMB/r94RAehyRSs6SkdKhYAEzAB\
        AyZgAgZMwAQMmIAJGDABEzBgAiZgwARMwIAJmIABEzABA+YCMAETMGACJmDABEzAgAmYgAETMAEDJmACBkzABAyYgAkYMAET\
        MGACJmACBkzABAyYgAkYMAETMGACJmDABEzAgAmYgAETMAEDJmACBkzABEzAgAmYgAETMAEDJmACBkzABAyYgAkYMAETMGAC\
        JmDABEzAgAmYgAkYMAETMGACJmDABEzAgAmYgAETMAEDJmACBkzABAyYgAkYMAETsO8tHvbkG3dg3kUAAAAASUVORK5CYII=
        """
    /// A 240×160 PNG: not square.
    static let png240x160 = """
        iVBORw0KGgoAAAANSUhEUgAAAPAAAACgCAIAAAC9uXYyAAABRElEQVR42u3SMQ0AAAgEsbcB/lc8ooKFNKmCy6Wn4I1IgKHB\
        0GBoMDSGBkODocHQYGgMDYYGQ4OhwdAYGgwNhgZDg6ExNBgaDA2GBkNjaDA0GBoMDYbG0GBoMDQYGgyNocHQYGgwNIYGQ4Oh\
        wdBgaAwNhgZDg6HB0BgaDA2GBkODoTE0GBoMDYYGQ2NoMDQYGgwNhsbQYGgwNBgaDI2hwdBgaDA0GBpDg6HB0GBoDA2GBkOD\
        ocHQGBoMDYYGQ4OhMTQYGgwNhgZDY2gwNBgaDA2GxtBgaDA0GBoMjaHB0GBoMDQYGkODocHQYGgMrQKGBkODocHQGBoMDYYG\
        Q4OhMTQYGgwNhgZDY2gwNBgaDA2GxtBgaDA0GBoMjaHB0GBoMDQYGkODocHQYGgwNIYGQ4OhwdAYGgwNhgZDg6ExNBgaDA03\
        Fn5FR66ajO8DAAAAAElFTkSuQmCC
        """
    /// A 96×96 PNG: square but small.
    static let png96x96 = """
        iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAIAAABt+uBvAAAAjklEQVR42u3QMQ0AAAgDsNkA/y8eccDJ1aQKmp7iEAWCBAkS\
        JEiQIEEIEiRIkCBBggQhSJAgQYIECRKEIEGCBAkSJEiQIAQJEiRIkCBBghAkSJAgQYIECUKQIEGCBAkSJEgQggQJEiRIkCBB\
        CBIkSJAgQYIEIUiQIEGCBAkSJAhBggQJEiRIkCAECRL0ZwGZ1IHSZ1hyIQAAAABJRU5ErkJggg==
        """
    /// An 81×81 PNG, the size the docs suggest for tabBar icons.
    static let png81x81 = """
        iVBORw0KGgoAAAANSUhEUgAAAFEAAABRCAIAAAAl7d1hAAAAaklEQVR42u3PQQ0AAAgEoKuh/b92NIeTjQKkp76Js7Ozs7Oz\
        s7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7PzGQvh\
        TG4rPDD3ZQAAAABJRU5ErkJggg==
        """
    /// The header of a 144×144 baseline JPEG (APP0 JFIF, SOF0).
    static let jpeg144x144 = "/9j/4AAQSkZJRgABAQAAAQABAAD/wAARCACQAJADASIAAhEBAxEB/9k="
    /// The header of a 1024×768 baseline JPEG: a photo rather than an icon.
    static let jpeg1024x768 = "/9j/4AAQSkZJRgABAQAAAQABAAD/wAARCAMABAADASIAAhEBAxEB/9k="
    /// A 144×144 GIF header with a 2-colour palette.
    static let gif144x144 = "R0lGODlhkACQAIAAABqtGf///ywAAAAAkACQAAACAkQBADs="
    /// The header of a 144×144 24-bit BMP (BITMAPINFOHEADER).
    static let bmp144x144 = "Qk02AAAAAAAAADYAAAAoAAAAkAAAAJAAAAABABgAAAAAAAAAAAATCwAAEwsAAAAAAAAAAAAA"
    /// Not an image: a text file saved with an image extension.
    static let notAnImage = "6L+Z5LiN5piv5Zu+54mH"
    /// The signature of a WebP file (RIFF … WEBP), a format the icon form does not take.
    static let webp = "UklGRiQAAABXRUJQVlA4IBgAAAA="
}
