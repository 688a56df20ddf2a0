from briefing.cli import main

if __name__ == "__main__":  # a spawned helper process imports this module too: it must not start the app
    raise SystemExit(main())
