"""What sits in or beside a story and is not its running text: 简讯 boxes and their items, photo captions, sidebars, pull quotes, editor's notes, weather and advertisement boxes, commentary boxes."""
