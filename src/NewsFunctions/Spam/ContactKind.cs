namespace NewsFunctions.Spam;

internal enum ContactKind { Link, Shortener, Messenger, Email, Handle, Phone, ProfilePointer, Wallet }
